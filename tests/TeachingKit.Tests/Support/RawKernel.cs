using System.Diagnostics;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;
using TeachingKit.Kernel.Client;
using TeachingKit.Kernel.Protocol;

namespace TeachingKit.Tests.Support;

/// <summary>A kit kernel process and raw sockets to it, for message-level protocol tests.</summary>
public sealed class RawKernel : IDisposable
{
    private readonly DealerSocket _shell = new(), _control = new(), _stdin = new();
    private readonly SubscriberSocket _iopub = new();
    private readonly List<JupyterMessage> _published = new();

    public RawKernel(string? workingDirectory = null)
    {
        Process = KernelProcess.Start(workingDirectory ?? Path.GetTempPath());
        // A port taken between its choice and the kernel's bind ends the kernel at once: start again with new ports.
        for (int attempt = 1; attempt < KernelProcess.PortAttempts && Process.WaitForExit(TimeSpan.FromMilliseconds(300))
             && KernelProcess.LostAPort(Process.LogTail); attempt++)
        {
            Process.Dispose();
            Process = KernelProcess.Start(workingDirectory ?? Path.GetTempPath());
        }
        var c = Process.Connection;
        Signer = new MessageSigner(c.Key);
        var identity = Guid.NewGuid().ToByteArray();
        _shell.Options.Identity = identity;
        _stdin.Options.Identity = identity;   // stdin requests are routed to the shell's identity, as in jupyter_client
        foreach (var s in new NetMQSocket[] { _shell, _control, _stdin, _iopub }) s.Options.Linger = TimeSpan.Zero;
        _shell.Connect(c.Address(c.ShellPort));
        _control.Connect(c.Address(c.ControlPort));
        _stdin.Connect(c.Address(c.StdinPort));
        _iopub.Connect(c.Address(c.IopubPort));
        _iopub.SubscribeToAnyTopic();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            string id = Send("shell", "kernel_info_request", new JsonObject());
            if (TryReply("shell", id, TimeSpan.FromSeconds(1)) is not null && WaitIopub(id, TimeSpan.FromSeconds(1)).Count > 0) break;
            if (watch.Elapsed > TimeSpan.FromSeconds(60) || Process.HasExited) throw new TimeoutException("the kernel did not start: " + Process.LogTail);
        }
    }

    public KernelProcess Process { get; private set; }

    public MessageSigner Signer { get; }

    public string Session { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Sends a signed request; returns its msg_id.</summary>
    public string Send(string channel, string type, JsonObject content, JsonObject? metadata = null) =>
        SendMessage(channel, JupyterMessage.Create(type, content, Session, metadata: metadata), Signer);

    /// <summary>Sends <paramref name="message"/> signed with <paramref name="signer"/> (a wrong key makes a forged message).</summary>
    public string SendMessage(string channel, JupyterMessage message, MessageSigner signer)
    {
        JupyterWire.Send(Socket(channel), message, signer);
        return message.MessageId;
    }

    /// <summary>The reply to <paramref name="id"/> on <paramref name="channel"/>, or null after <paramref name="wait"/>.</summary>
    public JupyterMessage? TryReply(string channel, string id, TimeSpan wait)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < wait)
        {
            if (!JupyterWire.TryReceive(Socket(channel), TimeSpan.FromMilliseconds(20), Signer, out var message, out string? problem)) continue;
            if (message is null) throw new InvalidOperationException($"the kernel sent a bad message: {problem}");
            if (message.ParentId == id) return message;
        }
        return null;
    }

    public JupyterMessage Reply(string channel, string id, double seconds = 60) =>
        TryReply(channel, id, TimeSpan.FromSeconds(seconds)) ?? throw new TimeoutException($"no reply to {id} on {channel}");

    /// <summary>The IOPub messages of request <paramref name="id"/> until its idle status (or <paramref name="wait"/>).</summary>
    public List<JupyterMessage> WaitIopub(string id, TimeSpan wait)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < wait)
        {
            var mine = _published.Where(m => m.ParentId == id).ToList();
            if (mine.Any(m => m.MessageType == "status" && m.Content["execution_state"]?.GetValue<string>() == "idle")) return mine;
            if (JupyterWire.TryReceive(_iopub, TimeSpan.FromMilliseconds(20), Signer, out var message, out string? problem))
                _published.Add(message ?? throw new InvalidOperationException($"the kernel published a bad message: {problem}"));
        }
        return _published.Where(m => m.ParentId == id).ToList();
    }

    /// <summary>Runs <paramref name="code"/>; returns the reply and the request's IOPub messages.</summary>
    public (JupyterMessage Reply, List<JupyterMessage> Iopub) Execute(string code, bool allowStdin = false, double seconds = 60)
    {
        string id = Send("shell", "execute_request", new JsonObject
        {
            ["code"] = code, ["silent"] = false, ["store_history"] = true, ["user_expressions"] = new JsonObject(),
            ["allow_stdin"] = allowStdin, ["stop_on_error"] = true,
        });
        var reply = Reply("shell", id, seconds);
        return (reply, WaitIopub(id, TimeSpan.FromSeconds(seconds)));
    }

    /// <summary>The status of an execute reply ("ok", "error", "aborted").</summary>
    public static string Status(JupyterMessage reply) => reply.Content["status"]!.GetValue<string>();

    private NetMQSocket Socket(string channel) => channel switch
    {
        "shell" => _shell, "control" => _control, "stdin" => _stdin, _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public void Dispose()
    {
        foreach (var s in new NetMQSocket[] { _shell, _control, _stdin, _iopub }) s.Dispose();
        Process.Dispose();
    }
}
