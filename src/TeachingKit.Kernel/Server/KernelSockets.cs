using System.Collections.Concurrent;
using NetMQ;
using NetMQ.Sockets;
using TeachingKit.Kernel.Protocol;

namespace TeachingKit.Kernel.Server;

/// <summary>The kernel's channels.</summary>
public enum Channel { Shell, Control, Stdin, Iopub }

/// <summary>
/// The kernel's five ZeroMQ sockets, all owned by one poller thread: received messages are verified and handed to
/// callbacks, and messages to send from any thread go through a queue that the poller drains.
/// </summary>
/// <remarks>
/// NetMQ sockets are not thread-safe, and cells publish output from their own threads, so no other thread touches a
/// socket. Control is handled on the poller thread itself, so an interrupt is answered while a cell runs.
/// Messages with a wrong or missing signature are dropped and logged, never executed.
/// </remarks>
internal sealed class KernelSockets : IDisposable
{
    private readonly MessageSigner _signer;
    private readonly RouterSocket _shell = new(), _control = new(), _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly ResponseSocket _heartbeat = new();
    private readonly NetMQQueue<(Channel Channel, List<byte[]> Frames)> _outbox = new();
    private readonly NetMQPoller _poller;
    private readonly ManualResetEventSlim _drained = new();
    private readonly TextWriter _log;

    public KernelSockets(ConnectionInfo connection, MessageSigner signer, TextWriter log,
        Action<JupyterMessage> onShell, Action<JupyterMessage> onControl, Action<JupyterMessage> onStdin)
    {
        _signer = signer;
        _log = log;
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat }) socket.Options.Linger = TimeSpan.FromSeconds(1);
        _shell.Bind(connection.Address(connection.ShellPort));
        _control.Bind(connection.Address(connection.ControlPort));
        _stdin.Bind(connection.Address(connection.StdinPort));
        _iopub.Bind(connection.Address(connection.IopubPort));
        _heartbeat.Bind(connection.Address(connection.HeartbeatPort));
        _shell.ReceiveReady += (_, e) => Receive(e.Socket, Channel.Shell, onShell);
        _control.ReceiveReady += (_, e) => Receive(e.Socket, Channel.Control, onControl);
        _stdin.ReceiveReady += (_, e) => Receive(e.Socket, Channel.Stdin, onStdin);
        _heartbeat.ReceiveReady += (_, e) => e.Socket.SendMultipartMessage(e.Socket.ReceiveMultipartMessage());
        _outbox.ReceiveReady += (_, e) => { while (e.Queue.TryDequeue(out var item, TimeSpan.Zero)) SendNow(item.Channel, item.Frames); };
        _poller = new NetMQPoller { _shell, _control, _stdin, _heartbeat, _outbox };
    }

    /// <summary>Starts the poller thread.</summary>
    public void Start() => _poller.RunAsync("teachingkit-kernel-sockets", isBackgroundThread: true);

    /// <summary>Queues <paramref name="message"/> for sending on <paramref name="channel"/> (any thread).</summary>
    public void Send(Channel channel, JupyterMessage message) => _outbox.Enqueue((channel, message.ToFrames(_signer)));

    /// <summary>Sends what is queued, then stops the poller and closes the sockets (lingering up to a second).</summary>
    public void Dispose()
    {
        _outbox.Enqueue((Channel.Iopub, []));   // a marker: when it is reached, everything before it was sent
        if (_poller.IsRunning) _drained.Wait(TimeSpan.FromSeconds(1));
        if (_poller.IsRunning) _poller.Stop();
        _poller.Dispose();
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat }) socket.Dispose();
        _outbox.Dispose();
        _drained.Dispose();
    }

    private void SendNow(Channel channel, List<byte[]> frames)
    {
        if (frames.Count == 0) { _drained.Set(); return; }
        var socket = channel switch { Channel.Shell => (NetMQSocket)_shell, Channel.Control => _control, Channel.Stdin => _stdin, _ => _iopub };
        var message = new NetMQMessage(frames);
        socket.SendMultipartMessage(message);
    }

    private void Receive(NetMQSocket socket, Channel channel, Action<JupyterMessage> handler)
    {
        var message = JupyterWire.Decode(socket.ReceiveMultipartMessage(), _signer, out string? problem);
        if (message is null)
        {
            _log.WriteLine($"[teachingkit-kernel] dropped a message on {channel}: {problem}");
            return;
        }
        try { handler(message); }
        catch (Exception e) { _log.WriteLine($"[teachingkit-kernel] error handling {message.MessageType} on {channel}: {e}"); }
    }
}
