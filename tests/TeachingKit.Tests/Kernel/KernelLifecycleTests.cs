using System.Diagnostics;
using System.Text.Json.Nodes;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Kernel;

/// <summary>Interrupts, abandoned cells, aborts, shutdown and restart: each test with its own kernel.</summary>
public class KernelLifecycleTests
{
    private static string SetupCell => string.Join('\n', new[]
    {
        "#r \"nuget: MathNet.Numerics, 5.0.0\"",
        $"#r \"{Repository.PathTo("src", "TeachingKit", "bin", "net8.0", "TeachingKit.dll")}\"",
    });

    /// <summary>
    /// Runs <paramref name="code"/>, waits until it has printed that it runs, lets it run <paramref name="seconds"/>
    /// more, then interrupts it. Waiting for the cell's own word, not a fixed time, keeps the interrupt out of the
    /// cell's compilation on a loaded machine.
    /// </summary>
    private static (JupyterMessageReply Reply, double Seconds) InterruptAfter(RawKernel kernel, string code, double seconds)
    {
        string id = kernel.Send("shell", "execute_request", new JsonObject { ["code"] = "Console.WriteLine(\"running\");\n" + code });
        var started = Stopwatch.StartNew();
        while (true)
        {
            var published = kernel.WaitIopub(id, TimeSpan.FromMilliseconds(100));
            if (published.Any(m => m.MessageType == "stream" && m.Content["text"]!.GetValue<string>().Contains("running"))) break;
            if (published.Any(m => m.MessageType == "error")) throw new InvalidOperationException($"the cell failed before it ran: {kernel.Reply("shell", id).Content}");
            if (started.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("the cell never printed that it runs");
        }
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        var watch = Stopwatch.StartNew();
        var interrupt = kernel.Reply("control", kernel.Send("control", "interrupt_request", new JsonObject()), 10);
        Assert.Equal("interrupt_reply", interrupt.MessageType);
        var reply = kernel.Reply("shell", id, 30);
        return (new JupyterMessageReply(RawKernel.Status(reply), reply.Content["evalue"]?.GetValue<string>() ?? ""), watch.Elapsed.TotalSeconds);
    }

    public sealed record JupyterMessageReply(string Status, string Message);

    [Fact]
    public void AnInterruptWakesASleepingCellAndTheKernelGoesOn()
    {
        using var kernel = new RawKernel();
        kernel.Execute("var before = 1;");
        var (reply, seconds) = InterruptAfter(kernel, "System.Threading.Thread.Sleep(60_000);", 0.5);
        Assert.Equal(("error", "the cell was interrupted"), (reply.Status, reply.Message));
        Assert.True(seconds < 3, $"the interrupted cell ended {seconds:0.00} s after the interrupt");
        Assert.Equal("ok", RawKernel.Status(kernel.Execute("before + 1").Reply));
    }

    [Fact]
    public void AnInterruptStopsALongOptimizeRun()
    {
        using var kernel = new RawKernel();
        Assert.Equal("ok", RawKernel.Status(kernel.Execute(SetupCell).Reply));
        Assert.Equal("ok", RawKernel.Status(kernel.Execute("using TeachingKit.Optimization;").Reply));
        // Parameters are not recorded: a 100,000-wide trajectory doubles into gigabytes, and one such copy outlasts the grace period.
        string run = "var dims = Enumerable.Repeat(1.0, 100_000).ToArray();\n" +
            "Optimize.Run(new Quadratic(dims), new GradientDescent(1e-9), dims, new RunOptions { MaxSteps = 5_000_000, GradientTolerance = 0, RecordParameters = false })";
        var (reply, seconds) = InterruptAfter(kernel, run, 1);
        Assert.Equal(("error", "the cell was interrupted"), (reply.Status, reply.Message));
        Assert.True(seconds < 3, $"Optimize.Run stopped {seconds:0.00} s after the interrupt");
    }

    [Fact]
    public void AnAbandonedCellCanNeverWriteTheSessionState()
    {
        using var kernel = new RawKernel();
        // The loop ignores the interrupt for 6 s (longer than the 2 s grace), then would declare `late`.
        var (reply, _) = InterruptAfter(kernel,
            "var until = DateTime.UtcNow.AddSeconds(6);\nwhile (DateTime.UtcNow < until) { }\nvar late = 1;", 1);
        Assert.Equal("error", reply.Status);
        Assert.Contains("did not stop", reply.Message);
        Assert.Equal("ok", RawKernel.Status(kernel.Execute("var after = 2;").Reply));
        Thread.Sleep(6000);   // the abandoned cell has finished by now: its loop began before the interrupt
        Assert.Equal("ok", RawKernel.Status(kernel.Execute("after + 1").Reply));
        Assert.Contains("CS0103", kernel.Execute("late").Reply.Content["evalue"]!.GetValue<string>());
    }

    [Fact]
    public void AfterAnErrorTheQueuedRequestsAreAbortedButLaterOnesRun()
    {
        using var kernel = new RawKernel();
        string failing = kernel.Send("shell", "execute_request", new JsonObject { ["code"] = "System.Threading.Thread.Sleep(1000); throw new Exception(\"x\");" });
        string queued = kernel.Send("shell", "execute_request", new JsonObject { ["code"] = "var queued = 1;" });
        Assert.Equal("error", RawKernel.Status(kernel.Reply("shell", failing)));
        Assert.Equal("aborted", RawKernel.Status(kernel.Reply("shell", queued)));
        Assert.Equal("ok", RawKernel.Status(kernel.Execute("var later = 1;").Reply));
    }

    [Fact]
    public void ARequestSentTheMomentAnErrorReplyArrivesRuns()
    {
        // The kernel once sent the error reply before it looked for queued requests, so a request sent in answer to
        // the reply could be aborted (CI saw it once). With a pause in that window this failed in round 1.
        using var kernel = new RawKernel();
        kernel.Execute("var warm = 1;");
        for (int round = 0; round < 40; round++)
        {
            Assert.Equal("error", RawKernel.Status(kernel.Reply("shell", kernel.Send("shell", "execute_request",
                new JsonObject { ["code"] = "throw new Exception(\"x\");" }))));
            var next = kernel.Reply("shell", kernel.Send("shell", "execute_request", new JsonObject { ["code"] = "warm" }));
            Assert.True(RawKernel.Status(next) == "ok", $"round {round}: the request sent after the error reply was {RawKernel.Status(next)}");
        }
    }

    [Fact]
    public void ShutdownEndsTheProcessAndARestartIsAFreshKernel()
    {
        using var kernel = new RawKernel();
        kernel.Execute("var old = 1;");
        var reply = kernel.Reply("control", kernel.Send("control", "shutdown_request", new JsonObject { ["restart"] = true }), 10);
        Assert.True(reply.Content["restart"]!.GetValue<bool>());
        Assert.True(kernel.Process.WaitForExit(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, kernel.Process.ExitCode);

        using var restarted = new RawKernel();   // what a front end does on restart: a new process
        Assert.Contains("CS0103", restarted.Execute("old").Reply.Content["evalue"]!.GetValue<string>());
    }

    [Fact]
    public void TheHeartbeatEchoes()
    {
        using var kernel = new RawKernel();
        using var heartbeat = new NetMQ.Sockets.RequestSocket();
        heartbeat.Connect(kernel.Process.Connection.Address(kernel.Process.Connection.HeartbeatPort));
        NetMQ.OutgoingSocketExtensions.SendFrame(heartbeat, "ping");
        Assert.True(NetMQ.ReceivingSocketExtensions.TryReceiveFrameString(heartbeat, TimeSpan.FromSeconds(10), out string? echo));
        Assert.Equal("ping", echo);
    }

    [Fact]
    public void TheKernelEndsWhenItsParentProcessDies()
    {
        using var parent = Process.Start(new ProcessStartInfo("sleep", "3") { UseShellExecute = false })!;
        using var kernel = TeachingKit.Kernel.Client.KernelProcess.Start(Path.GetTempPath(),
            new Dictionary<string, string> { ["JPY_PARENT_PID"] = parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.False(kernel.WaitForExit(TimeSpan.FromSeconds(1)));   // alive while its parent is
        parent.WaitForExit();
        Assert.True(kernel.WaitForExit(TimeSpan.FromSeconds(15)), "the kernel outlived its parent");
        Assert.Contains("has ended; shutting down", kernel.LogTail);
    }

    [Fact]
    public void SigtermEndsTheKernelCleanly()
    {
        using var kernel = new RawKernel();
        using (var kill = Process.Start("kill", ["-TERM", kernel.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.True(kernel.Process.WaitForExit(TimeSpan.FromSeconds(15)));
        Assert.Equal(0, kernel.Process.ExitCode);
    }

    [Fact]
    public void ChartIdsDifferBetweenKernelStarts()
    {
        string FirstChartId()
        {
            using var kernel = new RawKernel(Repository.PathTo("notebooks"));
            kernel.Execute(TestNotebook.SetupCell(Repository.PathTo("notebooks")));
            var html = kernel.Execute("TeachingKit.Plots.FunctionCharts.Lines(\"t\", \"x\", \"y\", new[] { 0.0 }, (\"c\", new[] { 1.0 }))").Iopub
                .Single(m => m.MessageType == "execute_result").Content["data"]!["text/html"]!.GetValue<string>();
            return System.Text.RegularExpressions.Regex.Match(html, "id=\"(chart-[^\"]+)\"").Groups[1].Value;
        }
        Assert.NotEqual(FirstChartId(), FirstChartId());
    }
}
