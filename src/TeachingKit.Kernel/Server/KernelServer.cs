using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using TeachingKit.Kernel.Engine;
using TeachingKit.Kernel.Protocol;

namespace TeachingKit.Kernel.Server;

/// <summary>
/// The kit's Jupyter kernel: answers the shell requests in order on one worker thread, control requests (interrupt,
/// shutdown) at once on the socket thread, and publishes status and outputs on IOPub. Jupyter messaging 5.3.
/// </summary>
public sealed partial class KernelServer : IDisposable
{
    private readonly KernelSockets _sockets;
    private readonly ExecutionEngine _engine;
    private readonly CodeAssistance _assistance;
    private readonly TextWriter _log;
    private readonly BlockingCollection<JupyterMessage> _shellQueue = new();
    private readonly BlockingCollection<JupyterMessage> _inputReplies = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _cellLock = new();
    private CancellationTokenSource? _runningCell;
    private int _executionCount;

    /// <summary>A fresh id per kernel start: the session of every message this kernel sends.</summary>
    public string Session { get; } = Guid.NewGuid().ToString("N");

    /// <param name="connection">Where to listen, and the signing key.</param>
    /// <param name="engine">The execution engine (its working directory is the notebook's folder).</param>
    /// <param name="log">The kernel's log (its standard error).</param>
    public KernelServer(ConnectionInfo connection, ExecutionEngine engine, TextWriter log)
    {
        _engine = engine;
        _assistance = new CodeAssistance(engine);
        _log = log;
        _sockets = new KernelSockets(connection, new MessageSigner(connection.Key), log,
            onShell: m => _shellQueue.Add(m), onControl: HandleControl, onStdin: m => _inputReplies.Add(m));
    }

    /// <summary>Cancelled when the kernel is shutting down.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Serves until a shutdown request (or <see cref="Stop"/>); returns the process exit code.</summary>
    public int Run()
    {
        _sockets.Start();
        Publish("status", new JsonObject { ["execution_state"] = "starting" }, null);
        try
        {
            foreach (var request in _shellQueue.GetConsumingEnumerable(_stopping.Token)) HandleShell(request);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested) { }
        return 0;
    }

    /// <summary>Stops serving: the running cell is interrupted and <see cref="Run"/> returns.</summary>
    public void Stop()
    {
        Interrupt();
        _stopping.Cancel();
    }

    /// <summary>Interrupts the running cell, if any.</summary>
    public void Interrupt()
    {
        lock (_cellLock) _runningCell?.Cancel();
    }

    public void Dispose() => _sockets.Dispose();

    /// <summary>Publishes a message on IOPub (from any thread).</summary>
    internal void Publish(string type, JsonObject content, JupyterMessage? parent) =>
        _sockets.Send(Channel.Iopub, JupyterMessage.Create(type, content, Session, parent,
            identities: [System.Text.Encoding.UTF8.GetBytes($"kernel.{Session}.{type}")]));

    /// <summary>Asks the front end for a line of input (Console.ReadLine) and waits for it, or for an interrupt.</summary>
    internal string RequestInput(string prompt, JupyterMessage request)
    {
        while (_inputReplies.TryTake(out _)) { }   // a stale reply never answers this request
        _sockets.Send(Channel.Stdin, JupyterMessage.Create("input_request", new JsonObject { ["prompt"] = prompt, ["password"] = false }, Session, request));
        CancellationToken cell;
        lock (_cellLock) cell = _runningCell?.Token ?? CancellationToken.None;
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cell, _stopping.Token);
        var reply = _inputReplies.Take(waiting.Token);
        return reply.Content["value"]?.GetValue<string>() ?? "";
    }

    private void Reply(Channel channel, JupyterMessage request, string type, JsonObject content) =>
        _sockets.Send(channel, JupyterMessage.Create(type, content, Session, request));

    private void HandleControl(JupyterMessage request)
    {
        switch (request.MessageType)
        {
            case "interrupt_request":
                Interrupt();
                Reply(Channel.Control, request, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                Reply(Channel.Control, request, "shutdown_reply", ShutdownContent(request));
                Stop();
                break;
            case "kernel_info_request":
                Reply(Channel.Control, request, "kernel_info_reply", KernelInfo.Content());
                break;
            default:
                _log.WriteLine($"[teachingkit-kernel] ignored control message {request.MessageType}");
                break;
        }
    }

    private static JsonObject ShutdownContent(JupyterMessage request) => new()
    {
        ["status"] = "ok",
        ["restart"] = request.Content["restart"]?.GetValue<bool>() ?? false,
    };

    private void HandleShell(JupyterMessage request)
    {
        Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
        try
        {
            switch (request.MessageType)
            {
                case "execute_request": Execute(request); break;
                case "kernel_info_request": Reply(Channel.Shell, request, "kernel_info_reply", KernelInfo.Content()); break;
                case "is_complete_request": Reply(Channel.Shell, request, "is_complete_reply", _assistance.IsComplete(Code(request))); break;
                case "complete_request": Reply(Channel.Shell, request, "complete_reply", _assistance.Complete(Code(request), CursorPosition(request))); break;
                case "inspect_request": Reply(Channel.Shell, request, "inspect_reply", _assistance.Inspect(Code(request), CursorPosition(request))); break;
                case "comm_info_request": Reply(Channel.Shell, request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() }); break;
                case "history_request": Reply(Channel.Shell, request, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() }); break;
                case "shutdown_request":
                    Reply(Channel.Shell, request, "shutdown_reply", ShutdownContent(request));
                    Stop();
                    break;
                default: _log.WriteLine($"[teachingkit-kernel] ignored shell message {request.MessageType}"); break;
            }
        }
        catch (Exception e) when (request.MessageType.EndsWith("_request", StringComparison.Ordinal))
        {
            // A request always gets a reply, so no client waits forever: the protocol's error reply.
            _log.WriteLine($"[teachingkit-kernel] error handling {request.MessageType}: {e}");
            Reply(Channel.Shell, request, request.MessageType.Replace("_request", "_reply", StringComparison.Ordinal), new JsonObject
            {
                ["status"] = "error", ["ename"] = e.GetType().Name, ["evalue"] = ExecutionErrors.SafeMessage(e), ["traceback"] = new JsonArray(),
            });
        }
        finally
        {
            Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
        }
    }

    private static string Code(JupyterMessage request) => request.Content["code"]?.GetValue<string>() ?? "";

    private static int CursorPosition(JupyterMessage request) => request.Content["cursor_pos"]?.GetValue<int>() ?? 0;
}
