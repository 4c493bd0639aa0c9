namespace TeachingKit.Networks;

/// <summary>A data set cut into the three parts of the lecture's tuning rule: fit on one, choose on another, report on the third.</summary>
/// <param name="Train">The samples the weights are fitted on.</param>
/// <param name="Validation">The samples hyperparameters (the learning rate, the number of epochs) are chosen on.</param>
/// <param name="Test">The samples looked at once, at the end, to report the chosen network's accuracy.</param>
public sealed record DataSplit(Dataset Train, Dataset Validation, Dataset Test);
