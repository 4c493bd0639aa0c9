using System.Diagnostics;
using System.Text.Json.Nodes;
using TeachingKit.Kernel.Protocol;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Kernel;

/// <summary>One kernel shared by the message tests that leave it usable.</summary>
public sealed class SharedKernel : IDisposable
{
    public RawKernel Kernel { get; } = new(Repository.PathTo("notebooks"));

    public void Dispose() => Kernel.Dispose();
}

public class KernelProtocolTests(SharedKernel shared) : IClassFixture<SharedKernel>
{
    private readonly RawKernel _kernel = shared.Kernel;

    private static string SetupCell => TestNotebook.SetupCell(Repository.PathTo("notebooks"));

    [Fact]
    public void KernelInfoNamesTheLanguageAsTheNotebooksDo()
    {
        var reply = _kernel.Reply("shell", _kernel.Send("shell", "kernel_info_request", new JsonObject()));
        Assert.Equal("5.3", reply.Content["protocol_version"]!.GetValue<string>());
        Assert.Equal("C#", reply.Content["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal("text/x-csharp", reply.Content["language_info"]!["mimetype"]!.GetValue<string>());
    }

    [Fact]
    public void ExecuteEchoesTheInputStreamsAndReturnsTheValueWithItsCount()
    {
        var (reply, iopub) = _kernel.Execute("Console.WriteLine(\"hi\");\n40 + 2");
        Assert.Equal("ok", RawKernel.Status(reply));
        var types = iopub.Select(m => m.MessageType).ToList();
        Assert.Equal(["status", "execute_input", "stream", "execute_result", "status"], types);
        Assert.Equal("hi\n", iopub[2].Content["text"]!.GetValue<string>());
        Assert.Equal("42", iopub[3].Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal(reply.Content["execution_count"]!.GetValue<int>(), iopub[3].Content["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void StdoutArrivesWhileTheCellStillRuns()
    {
        var watch = Stopwatch.StartNew();
        string id = _kernel.Send("shell", "execute_request", new JsonObject { ["code"] = "Console.WriteLine(\"first\");\nSystem.Threading.Thread.Sleep(3000);\nConsole.WriteLine(\"second\");" });
        JupyterMessage? firstStream = null;
        while (firstStream is null && watch.Elapsed < TimeSpan.FromSeconds(30))
            firstStream = _kernel.WaitIopub(id, TimeSpan.FromMilliseconds(100)).FirstOrDefault(m => m.MessageType == "stream");
        double at = watch.Elapsed.TotalSeconds;
        var reply = _kernel.Reply("shell", id);
        Assert.Equal("first\n", firstStream!.Content["text"]!.GetValue<string>());
        Assert.True(at < watch.Elapsed.TotalSeconds - 1.5, $"the first line came at {at:0.00} s, the reply at {watch.Elapsed.TotalSeconds:0.00} s");
        Assert.Equal("ok", RawKernel.Status(reply));
    }

    [Fact]
    public void AnErrorNamesTheLineAndTheStateIsKeptAfterIt()
    {
        _kernel.Execute("var kept = 7;");
        var (reply, iopub) = _kernel.Execute("var y = 1;\nthrow new InvalidOperationException(\"boom\");");
        Assert.Equal("error", RawKernel.Status(reply));
        Assert.Equal("System.InvalidOperationException", reply.Content["ename"]!.GetValue<string>());
        var error = iopub.Single(m => m.MessageType == "error");
        Assert.Contains(", line 2: InvalidOperationException: boom", error.Content["traceback"]![0]!.GetValue<string>());
        Assert.Equal("7", _kernel.Execute("kept").Iopub.Single(m => m.MessageType == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void SilentRunsShowNothingAndCountNothing()
    {
        int before = _kernel.Execute("1").Reply.Content["execution_count"]!.GetValue<int>();
        string id = _kernel.Send("shell", "execute_request", new JsonObject { ["code"] = "Console.WriteLine(\"quiet\"); 2", ["silent"] = true });
        _kernel.Reply("shell", id);
        Assert.Equal(["status", "status"], _kernel.WaitIopub(id, TimeSpan.FromSeconds(10)).Select(m => m.MessageType));
        Assert.Equal(before + 1, _kernel.Execute("3").Reply.Content["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void IsCompleteTellsCompleteIncompleteAndInvalid()
    {
        string Status(string code) => _kernel.Reply("shell", _kernel.Send("shell", "is_complete_request", new JsonObject { ["code"] = code }))
            .Content["status"]!.GetValue<string>();
        Assert.Equal("complete", Status("var a = 1;"));
        Assert.Equal("incomplete", Status("for (int i = 0; i < 3; i++) {"));
        Assert.Equal("invalid", Status("int x = ;"));
    }

    [Fact]
    public void CompletionKnowsTheEarlierCellsAndTheKitsTypes()
    {
        _kernel.Execute(SetupCell);
        _kernel.Execute("var ravine = new TeachingKit.Optimization.Quadratic(new[] { 1.0, 20.0 });");
        JsonObject Complete(string code) => _kernel.Reply("shell", _kernel.Send("shell", "complete_request",
            new JsonObject { ["code"] = code, ["cursor_pos"] = code.Length })).Content;

        var members = Complete("ravine.Eig");
        Assert.Contains("Eigenvalues", members["matches"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(7, members["cursor_start"]!.GetValue<int>());
        Assert.Equal(10, members["cursor_end"]!.GetValue<int>());
        Assert.Contains("Exercise", Complete("TeachingKit.Exercises.Exe")["matches"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public void InspectShowsTheSummaryOfTheSymbolUnderTheCursor()
    {
        _kernel.Execute(SetupCell);
        string code = "TeachingKit.Optimization.Optimize.Run";
        var content = _kernel.Reply("shell", _kernel.Send("shell", "inspect_request",
            new JsonObject { ["code"] = code, ["cursor_pos"] = code.Length - 1, ["detail_level"] = 0 })).Content;
        Assert.True(content["found"]!.GetValue<bool>());
        string text = content["data"]!["text/plain"]!.GetValue<string>();
        Assert.Contains("Optimize.Run(", text);
        // The XML summary is "Runs <paramref name="optimizer"/> on <paramref name="objective"/> from <paramref name="start"/>.".
        Assert.Contains("\n\nRuns optimizer on objective from start.", text);
    }

    [Fact]
    public void CommInfoAndHistoryAnswerEmpty()
    {
        var comms = _kernel.Reply("shell", _kernel.Send("shell", "comm_info_request", new JsonObject())).Content;
        Assert.Empty(comms["comms"]!.AsObject());
        var history = _kernel.Reply("shell", _kernel.Send("shell", "history_request", new JsonObject { ["hist_access_type"] = "tail", ["n"] = 10 })).Content;
        Assert.Equal("ok", history["status"]!.GetValue<string>());
    }

    [Fact]
    public void AForgedRequestIsDroppedAndNeverExecuted()
    {
        var forged = JupyterMessage.Create("execute_request", new JsonObject { ["code"] = "var forged = 1;" }, _kernel.Session);
        string id = _kernel.SendMessage("shell", forged, new MessageSigner("not the key"));
        Assert.Null(_kernel.TryReply("shell", id, TimeSpan.FromSeconds(2)));
        var (reply, _) = _kernel.Execute("forged");
        Assert.Equal("error", RawKernel.Status(reply));
        Assert.Contains("CS0103", reply.Content["evalue"]!.GetValue<string>());
    }

    [Fact]
    public void ChartsComeAsPlotlyJsonAndHtmlAndAnimationsAsHtmlOnly()
    {
        _kernel.Execute(SetupCell);
        var chart = _kernel.Execute("TeachingKit.Plots.FunctionCharts.Lines(\"t\", \"x\", \"y\", new[] { 0.0, 1.0 }, (\"line\", new[] { 0.0, 1.0 }))")
            .Iopub.Single(m => m.MessageType == "execute_result").Content["data"]!.AsObject();
        Assert.Equal(["application/vnd.plotly.v1+json", "text/html", "text/plain"], chart.Select(p => p.Key).Order());
        Assert.Equal("scatter", chart["application/vnd.plotly.v1+json"]!["data"]![0]!["type"]!.GetValue<string>());
        Assert.NotNull(chart["application/vnd.plotly.v1+json"]!["layout"]);
    }

    [Fact]
    public void AnExerciseVerdictComesAsTheKitsStructuredMimeTypeBesideItsHtml()
    {
        _kernel.Execute(SetupCell);
        var data = _kernel.Execute("TeachingKit.Exercises.Exercise.Integer(new TeachingKit.Exercises.Question(\"00.protocol-test\", \"Two plus two\", " +
            "why: \"counting\", hints: [\"count\"]), 5, expected: 2 + 2)").Iopub.Single(m => m.MessageType == "execute_result").Content["data"]!;
        var verdict = data[TeachingKit.Exercises.ExerciseFormat.ExerciseMimeType]!;
        Assert.Equal("00.protocol-test", verdict["exercise"]!.GetValue<string>());
        Assert.Equal("wrong", verdict["status"]!.GetValue<string>());
        Assert.Contains("exercise-result", data["text/html"]!.GetValue<string>());
        Assert.DoesNotContain("\"4\"", verdict.ToJsonString());   // never the expected value
    }

    [Fact]
    public void ConsoleReadLineAsksTheFrontEndWhenAllowedAndSaysWhyNotOtherwise()
    {
        string id = _kernel.Send("shell", "execute_request", new JsonObject { ["code"] = "var typed = Console.ReadLine();\ntyped", ["allow_stdin"] = true });
        var request = _kernel.Reply("stdin", id);
        Assert.Equal("input_request", request.MessageType);
        _kernel.SendMessage("stdin", JupyterMessage.Create("input_reply", new JsonObject { ["value"] = "forty-two" }, _kernel.Session, request), _kernel.Signer);
        Assert.Equal("ok", RawKernel.Status(_kernel.Reply("shell", id)));
        Assert.Equal("forty-two", _kernel.WaitIopub(id, TimeSpan.FromSeconds(10)).Single(m => m.MessageType == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());

        var (refused, _) = _kernel.Execute("Console.ReadLine()");
        Assert.Contains("does not accept input", refused.Content["evalue"]!.GetValue<string>());
    }
}
