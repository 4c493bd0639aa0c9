using System.Diagnostics;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using TeachingKit.Notebooks.Formatting;
using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.Execution;

/// <summary>The outputs of one executed cell, and the failure that stopped it, if any.</summary>
public sealed record CellRun(IReadOnlyList<CellOutput> Outputs, CellFailure? Failure, TimeSpan Elapsed);

/// <summary>
/// One notebook's C# session: cells run in order as Roslyn script submissions that share
/// state, as in a Polyglot C# kernel.
/// </summary>
public sealed class NotebookSession
{
    /// <summary>The namespaces a Polyglot C# kernel imports by default.</summary>
    private static readonly string[] DefaultImports =
        ["System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks"];

    private readonly string _notebookPath;
    private readonly string _notebookDirectory;
    private readonly ShippedPackages _packages;
    private readonly ValueFormatter _formatter;
    private readonly TimeSpan _cellTimeLimit;
    private readonly NotebookGlobals _globals = new();
    private ScriptOptions _options;
    private ScriptState<object>? _state;

    public NotebookSession(string notebookPath, ShippedPackages packages, TimeSpan cellTimeLimit)
    {
        _notebookPath = Path.GetFullPath(notebookPath);
        _notebookDirectory = Path.GetDirectoryName(_notebookPath)!;
        _packages = packages;
        _cellTimeLimit = cellTimeLimit;
        _formatter = new ValueFormatter(Path.GetFileNameWithoutExtension(notebookPath));
        _options = ScriptOptions.Default
            .WithReferences(ScriptReferences.FrameworkReferences)
            .WithImports(DefaultImports)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(_notebookDirectory))
            .WithSourceResolver(new SourceFileResolver([], _notebookDirectory))
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .WithOptimizationLevel(OptimizationLevel.Debug);
    }

    /// <summary>Runs one code cell. After a failure the session must not be used again.</summary>
    /// <param name="source">The cell's code.</param>
    /// <param name="cellNumber">1-based position of the cell in the notebook, for messages.</param>
    /// <param name="executionCount">The prompt number this cell gets.</param>
    public async Task<CellRun> ExecuteAsync(string source, int cellNumber, int executionCount)
    {
        var watch = Stopwatch.StartNew();
        var collector = new OutputCollector(_formatter, $"{Path.GetFileName(_notebookPath)}, cell {cellNumber}");
        CellFailure? failure = await RunCellAsync(source, cellNumber, executionCount, collector);
        if (failure is not null) collector.Error(ToErrorOutput(failure));
        return new CellRun(collector.Close(), failure, watch.Elapsed);
    }

    private async Task<CellFailure?> RunCellAsync(string source, int cellNumber, int executionCount, OutputCollector collector)
    {
        var directives = CellDirectives.Parse(source, _notebookDirectory);
        if (directives.Problems.Count > 0)
            return new CellFailure(cellNumber, directives.Problems[0].Line, "DirectiveError", directives.Problems[0].Message);
        foreach (var package in directives.NuGet)
        {
            var problem = AddPackage(package);
            if (problem is not null) return new CellFailure(cellNumber, package.Line, "PackageNotAvailable", problem);
        }

        string cellPath = $"{_notebookPath}#cell{cellNumber}.csx";
        var options = _options.WithFilePath(cellPath);
        using (ConsoleCapture.RouteTo(collector))
        {
            // The cell and the formatting of its last value run in one timed task on a dedicated
            // background thread: a slow or endless value (a lazy sequence, a ToString that loops)
            // is bounded by the same limit, and a stuck thread never keeps the process alive.
            var run = Task.Factory.StartNew(
                () => RunAndFormatAsync(directives.Code, options),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
            if (await Task.WhenAny(run, Task.Delay(_cellTimeLimit)) != run)
            {
                // .NET cannot abort a thread: the cell's code keeps running on its background
                // thread; the notebook stops here and the process exits at the end regardless.
                _ = run.ContinueWith(t => t.Exception, TaskScheduler.Default); // observe a late exception
                return new CellFailure(cellNumber, null, "TimeLimitExceeded",
                    $"the cell ran longer than the time limit of {_cellTimeLimit.TotalSeconds:0.###} s (raise it with --cell-timeout SECONDS)");
            }
            try
            {
                var (state, value) = await run;
                _state = state;
                if (value is not null) collector.Result(value, executionCount);
                return null;
            }
            catch (CompilationErrorException e)
            {
                return CompileFailure(e, cellNumber);
            }
            catch (Exception e)
            {
                return RuntimeFailure(Unwrap(e), cellNumber, cellPath);
            }
        }
    }

    /// <summary>Runs the cell's code, then formats the value of its last expression (null when there is none).</summary>
    private async Task<(ScriptState<object> State, IReadOnlyDictionary<string, string>? Value)> RunAndFormatAsync(string code, ScriptOptions options)
    {
        var state = _state is null
            ? await CSharpScript.RunAsync<object>(code, options, _globals, typeof(NotebookGlobals))
            : await _state.ContinueWithAsync<object>(code, options);
        return (state, state.ReturnValue is { } value ? _formatter.Format(value) : null);
    }

    /// <summary>Adds the assemblies of a shipped package, or says why it cannot.</summary>
    private string? AddPackage(NuGetReference package)
    {
        // Plotly.NET.Interactive only registers a chart formatter with the Polyglot kernel; the
        // runner formats charts itself, so the matching version is satisfied without assemblies.
        const string interactive = "Plotly.NET.Interactive";
        if (string.Equals(package.Name, interactive, StringComparison.OrdinalIgnoreCase))
        {
            string? plotly = _packages.VersionOf("Plotly.NET");
            return plotly == package.Version ? null
                : $"{interactive} {package.Version} does not match the Plotly.NET the runner renders ({plotly ?? "none"}); use #r \"nuget: {interactive}, {plotly}\".";
        }
        string? shipped = _packages.OfferedVersionOf(package.Name);
        if (shipped is null)
            return $"package {package.Name} is not available: notebooks can load only the kit's packages " +
                   $"(MathNet.Numerics {_packages.VersionOf("MathNet.Numerics")}, Plotly.NET {_packages.VersionOf("Plotly.NET")}, {interactive} {_packages.VersionOf("Plotly.NET")}).";
        if (shipped != package.Version)
            return $"{package.Name} {package.Version} is not available: the runner ships {package.Name} {shipped}; use #r \"nuget: {package.Name}, {shipped}\".";
        _options = _options.AddReferences(_packages.AssembliesOf(package.Name).Select(ScriptReferences.FromFile));
        return null;
    }

    private static CellFailure CompileFailure(CompilationErrorException e, int cellNumber)
    {
        var first = e.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? e.Diagnostics.First();
        int? line = first.Location.IsInSource ? first.Location.GetLineSpan().StartLinePosition.Line + 1 : null;
        return new CellFailure(cellNumber, line, "CompilationError", $"{first.Id}: {first.GetMessage()}");
    }

    private static CellFailure RuntimeFailure(Exception e, int cellNumber, string cellPath)
    {
        int? line = new StackTrace(e, fNeedFileInfo: true).GetFrames()
            .Where(f => string.Equals(f.GetFileName(), cellPath, StringComparison.Ordinal) && f.GetFileLineNumber() > 0)
            .Select(f => (int?)f.GetFileLineNumber())
            .FirstOrDefault();
        return new CellFailure(cellNumber, line, e.GetType().FullName ?? e.GetType().Name, $"{e.GetType().Name}: {e.Message}");
    }

    private static Exception Unwrap(Exception e) => e switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => e,
    };

    private ErrorOutput ToErrorOutput(CellFailure failure) =>
        new(failure.Kind, failure.Message, [failure.Describe(Path.GetFileName(_notebookPath))]);
}
