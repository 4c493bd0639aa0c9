using System.Diagnostics;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using TeachingKit.Kernel.Formatting;

namespace TeachingKit.Kernel.Engine;

/// <summary>
/// The kit's C# execution engine: cells run in order as Roslyn script submissions that share state, as in a
/// Polyglot C# kernel. One engine per kernel process (one process per notebook).
/// </summary>
/// <remarks>
/// A cell runs on its own thread so that an interrupt can cancel it (the library's long loops observe the cell's
/// token) and wake its sleeps and waits (<see cref="Thread.Interrupt"/>). .NET cannot abort a thread: a cell
/// that ignores both is abandoned, its later completion can never write the session state (guarded by a
/// generation number), and the engine is <see cref="EngineState.Poisoned"/> until its process is restarted.
/// </remarks>
public sealed class ExecutionEngine
{
    /// <summary>The namespaces a Polyglot C# kernel imports by default.</summary>
    internal static readonly string[] DefaultImports =
        ["System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks"];

    private readonly object _lock = new();
    private readonly string _directory;
    private readonly ShippedPackages _packages;
    private readonly ValueFormatter _formatter;
    private readonly NotebookGlobals _globals = new();
    private readonly TimeSpan _interruptGrace;
    private readonly List<string> _history = new();
    private readonly List<string> _referencedFiles = new();
    private ScriptOptions _options;
    private ScriptState<object>? _state;
    private HashSet<MetadataReference> _chainReferences = new();
    private long _generation;
    private int _submissions;

    /// <param name="workingDirectory">The notebook's folder: relative <c>#r</c> and <c>#load</c> paths start here.</param>
    /// <param name="chartIdPrefix">Makes chart element ids unique per notebook and per kernel start.</param>
    /// <param name="packages">The packages <c>#r "nuget: …"</c> may load (default: the running application's).</param>
    /// <param name="interruptGrace">How long an interrupted cell may take to stop before it is abandoned.</param>
    public ExecutionEngine(string workingDirectory, string chartIdPrefix, ShippedPackages? packages = null, TimeSpan? interruptGrace = null)
    {
        _directory = Path.GetFullPath(workingDirectory);
        _packages = packages ?? ShippedPackages.ForCurrentApplication();
        _formatter = new ValueFormatter(chartIdPrefix);
        _interruptGrace = interruptGrace ?? TimeSpan.FromSeconds(2);
        _options = ScriptOptions.Default
            .WithReferences(ScriptReferences.FrameworkReferences)
            .WithImports(DefaultImports)
            .WithMetadataResolver(new CachingMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(_directory)))
            .WithSourceResolver(new SourceFileResolver([], _directory))
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .WithOptimizationLevel(OptimizationLevel.Debug);
        ConsoleCapture.Install();
    }

    /// <summary>
    /// Compiles a trivial script without running it, so that the compiler's own start-up (about a second, more on a
    /// busy machine) is paid while the front end connects rather than in the first cell. Touches no session state.
    /// </summary>
    public void WarmUp() => CSharpScript.Create<object>("0", _options, typeof(NotebookGlobals)).Compile();

    /// <summary>Idle, busy, or poisoned by a cell that did not stop when interrupted.</summary>
    public EngineState State { get; private set; } = EngineState.Idle;

    /// <summary>The working directory relative paths start from.</summary>
    public string WorkingDirectory => _directory;

    /// <summary>The code of the cells that ran without error, in order (the context for completions).</summary>
    public IReadOnlyList<string> History { get { lock (_lock) return _history.ToList(); } }

    /// <summary>The framework and package references cells compile against.</summary>
    public IEnumerable<MetadataReference> References => _options.MetadataReferences;

    /// <summary>The assembly files that successful cells referenced with <c>#r "path"</c>.</summary>
    public IReadOnlyList<string> ReferencedFiles { get { lock (_lock) return _referencedFiles.ToList(); } }

    /// <summary>Runs one cell; outputs go to <paramref name="observer"/> as they happen.</summary>
    /// <param name="source">The cell's code.</param>
    /// <param name="observer">Receives streams, displays and the result.</param>
    /// <param name="cellName">How messages name the cell, e.g. "cell 5" or "In [3]".</param>
    /// <param name="interrupt">Cancelled to interrupt the cell.</param>
    /// <returns>The error that stopped the cell, or null when it ran through.</returns>
    public async Task<ExecutionError?> ExecuteAsync(string source, IExecutionObserver observer, string cellName, CancellationToken interrupt = default)
    {
        var directives = CellDirectives.Parse(source, _directory);
        if (directives.Problems.Count > 0)
            return ExecutionErrors.Directive(cellName, directives.Problems[0]);
        foreach (var package in directives.NuGet)
        {
            string? problem = AddPackage(package);
            if (problem is not null) return ExecutionErrors.Package(cellName, package.Line, problem);
        }

        long generation;
        lock (_lock)
        {
            if (State == EngineState.Busy) throw new InvalidOperationException("A cell is already running.");
            State = EngineState.Busy;
            generation = ++_generation;
        }
        string cellPath = Path.Combine(_directory, $"submission{++_submissions}.csx");
        var references = _options.MetadataReferences;
        var cell = new CellContext(observer, _formatter, cellName);
        var outcome = await RunOnOwnThreadAsync(directives.Code, OptionsForNextSubmission(cellPath), cell, cellName, interrupt);
        cell.Close();
        lock (_lock)
        {
            if (outcome.Abandoned)
            {
                _generation++;
                State = EngineState.Poisoned;
                return ExecutionErrors.Abandoned(cellName, _interruptGrace);
            }
            if (State == EngineState.Busy) State = EngineState.Idle;
            if (outcome.Error is null && generation == _generation)
            {
                _state = outcome.State;
                _chainReferences = references.ToHashSet();
                _history.Add(directives.Code);
                _referencedFiles.AddRange(directives.Files);
            }
        }
        return outcome.Error switch
        {
            null => null,
            CompilationErrorException e => ExecutionErrors.Compilation(cellName, e, cellPath),
            var e when interrupt.IsCancellationRequested && e is OperationCanceledException or ThreadInterruptedException
                => ExecutionErrors.Interrupted(cellName),
            var e => ExecutionErrors.Runtime(cellName, Unwrap(e), cellPath),
        };
    }

    /// <summary>
    /// The options of the next submission: after the first, only the references the chain does not hold yet.
    /// </summary>
    /// <remarks>
    /// Roslyn adds a submission's references to those of every submission before it without removing repeats, so
    /// passing the full list each time made the n-th compilation carry n copies of the ~180 framework references:
    /// time and memory per cell grew with the number of cells before it (4.3 GB for 1,000 cells).
    /// </remarks>
    private ScriptOptions OptionsForNextSubmission(string cellPath)
    {
        var options = _options.WithFilePath(cellPath);
        return _state is null ? options : options.WithReferences(_options.MetadataReferences.Where(r => !_chainReferences.Contains(r)));
    }

    private sealed record Outcome(ScriptState<object>? State, Exception? Error, bool Abandoned);

    private async Task<Outcome> RunOnOwnThreadAsync(string code, ScriptOptions options, CellContext cell, string cellName, CancellationToken interrupt)
    {
        var done = new TaskCompletionSource<Outcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancellation = new CancellationTokenSource();
        var thread = new Thread(() =>
        {
            ConsoleCapture.Enter(cell);
            CellInterruption.Enter(cancellation.Token);
            try
            {
                var state = Run(code, options);
                // The last value is formatted here, inside the cell's time: a lazy or endless value is interruptible too.
                if (state.ReturnValue is { } value) cell.Display(value, asResult: true);
                done.TrySetResult(new Outcome(state, null, false));
            }
            catch (Exception e)
            {
                done.TrySetResult(new Outcome(null, e, false));
            }
        }) { IsBackground = true, Name = cellName };
        thread.Start();

        var interrupted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (interrupt.Register(() =>
        {
            cancellation.Cancel();
            if (!done.Task.IsCompleted) thread.Interrupt();
            interrupted.TrySetResult();
        }))
        {
            if (await Task.WhenAny(done.Task, interrupted.Task) == done.Task) return await done.Task;
            if (await Task.WhenAny(done.Task, Task.Delay(_interruptGrace)) == done.Task) return await done.Task;
            return new Outcome(null, null, true);
        }
    }

    private ScriptState<object> Run(string code, ScriptOptions options) =>
        (_state is null
            ? CSharpScript.RunAsync<object>(code, options, _globals, typeof(NotebookGlobals))
            : _state.ContinueWithAsync<object>(code, options)).GetAwaiter().GetResult();

    /// <summary>Adds the assemblies of a shipped package, or says why it cannot.</summary>
    private string? AddPackage(NuGetReference package)
    {
        string? problem = _packages.Check(package);
        if (problem is null && !ShippedPackages.IsSatisfiedByFormatter(package.Name))
            _options = _options.AddReferences(_packages.AssembliesOf(package.Name).Select(ScriptReferences.FromFile).Except(_options.MetadataReferences));
        return problem;
    }

    private static Exception Unwrap(Exception e) => e switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => e,
    };
}
