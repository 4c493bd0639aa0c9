using System.Diagnostics;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;
using TeachingKit.Kernel.Protocol;

namespace TeachingKit.Kernel.Client;

/// <summary>How an execute request ended.</summary>
public enum ExecutionEnd
{
    /// <summary>The kernel replied and went idle (the reply says ok, error or aborted).</summary>
    Replied,
    /// <summary>The time limit passed; the cell was interrupted and stopped.</summary>
    TimedOut,
    /// <summary>The time limit passed and the cell did not stop after an interrupt: the kernel was killed.</summary>
    TimedOutKilled,
    /// <summary>The kernel process ended before it replied.</summary>
    KernelDied,
}

/// <summary>The outcome of one execute request: how it ended, and the execute_reply if one came.</summary>
public sealed record ExecutionOutcome(ExecutionEnd End, JupyterMessage? Reply, int? ExitCode);

/// <summary>
/// A Jupyter client of one kernel process, as nbclient is: start, wait until ready, execute cells while mapping
/// IOPub messages to outputs, interrupt on a time limit and kill when that fails, shut down. Used from one thread.
/// </summary>
public sealed class KernelClient : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private readonly KernelProcess _kernel;
    private readonly MessageSigner _signer;
    private readonly DealerSocket _shell = new(), _control = new();
    private readonly SubscriberSocket _iopub = new();
    private readonly string _session = Guid.NewGuid().ToString("N");

    private KernelClient(KernelProcess kernel)
    {
        _kernel = kernel;
        var connection = kernel.Connection;
        _signer = new MessageSigner(connection.Key);
        foreach (var socket in new NetMQSocket[] { _shell, _control, _iopub }) socket.Options.Linger = TimeSpan.Zero;
        _shell.Connect(connection.Address(connection.ShellPort));
        _control.Connect(connection.Address(connection.ControlPort));
        _iopub.Connect(connection.Address(connection.IopubPort));
        _iopub.SubscribeToAnyTopic();
    }

    /// <summary>The kernel process.</summary>
    public KernelProcess Process => _kernel;

    /// <summary>How long an interrupted cell may take to stop before its kernel is killed.</summary>
    public TimeSpan InterruptGrace { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Starts a kernel and waits until it answers kernel_info and publishes on IOPub.</summary>
    /// <exception cref="KernelDiedException">The kernel ended or did not become ready within <paramref name="timeout"/>.</exception>
    public static KernelClient Start(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        for (int attempt = 1; ; attempt++)
        {
            var client = new KernelClient(KernelProcess.Start(workingDirectory, environment));
            try
            {
                client.WaitForReady(timeout);
                client.WarmUp(timeout);
                return client;
            }
            catch (KernelDiedException e) when (KernelProcess.LostAPort(e.Log) && attempt < KernelProcess.PortAttempts)
            {
                client.Dispose();   // another process took a port between the choice and the bind: new ports
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }
    }

    // As jupyter_client's wait_for_ready: resend kernel_info until the reply and an IOPub message have both
    // arrived, so the IOPub subscription is live before the first cell (PUB drops messages for late subscribers).
    private void WaitForReady(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        bool replied = false, published = false;
        var nextRequest = TimeSpan.Zero;
        while (!(replied && published))
        {
            if (_kernel.HasExited) throw new KernelDiedException(_kernel.ExitCode, "the kernel ended while starting", _kernel.LogTail);
            if (watch.Elapsed > timeout) throw new KernelDiedException(null, $"the kernel did not become ready within {timeout.TotalSeconds:0} s", _kernel.LogTail);
            if (watch.Elapsed >= nextRequest)
            {
                Send(_shell, "kernel_info_request", new JsonObject());
                nextRequest = watch.Elapsed + TimeSpan.FromMilliseconds(500);
            }
            if (Receive(_iopub, Poll) is not null) published = true;
            if (Receive(_shell, TimeSpan.Zero) is { MessageType: "kernel_info_reply" }) replied = true;
        }
    }

    // A silent cell that counts nothing: the compiler's first start is paid here, not inside the first cell's time limit.
    private void WarmUp(TimeSpan timeout)
    {
        var outcome = Execute("0", new JsonObject(), timeout, _ => { }, silent: true);
        if (outcome.End != ExecutionEnd.Replied)
            throw new KernelDiedException(outcome.ExitCode, $"the kernel did not run a first cell within {timeout.TotalSeconds:0} s", _kernel.LogTail);
    }

    /// <summary>Runs <paramref name="code"/>; <paramref name="onOutput"/> gets each IOPub message of the request (not status).</summary>
    /// <param name="code">The cell's code.</param>
    /// <param name="metadata">The request's metadata (the kit kernel reads <c>teachingkit.cell</c> to name the cell).</param>
    /// <param name="timeLimit">After this, the cell is interrupted; after <see cref="InterruptGrace"/> more, the kernel is killed.</param>
    /// <param name="onOutput">Called with stream, display_data, execute_result and error messages, in order.</param>
    /// <param name="silent">Run without output and without counting (as Jupyter's silent flag).</param>
    public ExecutionOutcome Execute(string code, JsonObject metadata, TimeSpan timeLimit, Action<JupyterMessage> onOutput, bool silent = false)
    {
        string id = Send(_shell, "execute_request", new JsonObject
        {
            ["code"] = code, ["silent"] = silent, ["store_history"] = !silent, ["user_expressions"] = new JsonObject(),
            ["allow_stdin"] = false, ["stop_on_error"] = true,
        }, metadata);
        var watch = Stopwatch.StartNew();
        TimeSpan? interruptedAt = null;
        JupyterMessage? reply = null;
        bool idle = false;
        while (!(reply is not null && idle))
        {
            if (_kernel.HasExited)
            {
                DrainIopub(id, onOutput);
                return new ExecutionOutcome(ExecutionEnd.KernelDied, reply, _kernel.ExitCode);
            }
            if (interruptedAt is null && watch.Elapsed > timeLimit)
            {
                Send(_control, "interrupt_request", new JsonObject());
                interruptedAt = watch.Elapsed;
            }
            if (interruptedAt is { } at && watch.Elapsed > at + InterruptGrace)
            {
                _kernel.Kill();
                return new ExecutionOutcome(ExecutionEnd.TimedOutKilled, null, null);
            }
            if (Receive(_iopub, Poll) is { } message && message.ParentId == id)
            {
                if (message.MessageType == "status") idle |= message.Content["execution_state"]?.GetValue<string>() == "idle";
                else if (message.MessageType != "execute_input") onOutput(message);
            }
            while (Receive(_shell, TimeSpan.Zero) is { } shell)
                if (shell.ParentId == id && shell.MessageType == "execute_reply") reply = shell;
        }
        bool poisoned = reply.Content["teachingkit"]?["poisoned"]?.GetValue<bool>() == true;
        if (interruptedAt is not null && poisoned) _kernel.Kill();
        return new ExecutionOutcome(interruptedAt is null ? ExecutionEnd.Replied : poisoned ? ExecutionEnd.TimedOutKilled : ExecutionEnd.TimedOut, reply, null);
    }

    /// <summary>Asks the kernel to shut down and waits briefly; kills it if it does not end.</summary>
    public void Shutdown()
    {
        if (!_kernel.HasExited)
        {
            Send(_control, "shutdown_request", new JsonObject { ["restart"] = false });
            if (!_kernel.WaitForExit(TimeSpan.FromSeconds(3))) _kernel.Kill();
        }
    }

    public void Dispose()
    {
        foreach (var socket in new NetMQSocket[] { _shell, _control, _iopub }) socket.Dispose();
        _kernel.Dispose();
    }

    private void DrainIopub(string id, Action<JupyterMessage> onOutput)
    {
        while (Receive(_iopub, TimeSpan.FromMilliseconds(50)) is { } message)
            if (message.ParentId == id && message.MessageType is not ("status" or "execute_input")) onOutput(message);
    }

    private string Send(NetMQSocket socket, string type, JsonObject content, JsonObject? metadata = null)
    {
        var message = JupyterMessage.Create(type, content, _session, metadata: metadata);
        JupyterWire.Send(socket, message, _signer);
        return message.MessageId;
    }

    private JupyterMessage? Receive(NetMQSocket socket, TimeSpan wait) =>
        JupyterWire.TryReceive(socket, wait, _signer, out var message, out _) ? message : null;
}

/// <summary>The kernel ended (or never became ready); <see cref="ExitCode"/> is null when it was still running.</summary>
public sealed class KernelDiedException(int? exitCode, string message, string log) : Exception(message)
{
    public int? ExitCode { get; } = exitCode;

    /// <summary>The end of the kernel's own output.</summary>
    public string Log { get; } = log;
}
