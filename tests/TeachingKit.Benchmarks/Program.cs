using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project tests/TeachingKit.Benchmarks -- --filter '*'
// Run some:  dotnet run -c Release --project tests/TeachingKit.Benchmarks -- --filter '*Grid*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
