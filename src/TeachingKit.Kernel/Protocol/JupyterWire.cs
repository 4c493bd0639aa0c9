using NetMQ;

namespace TeachingKit.Kernel.Protocol;

/// <summary>Jupyter messages on NetMQ sockets: the frames of <see cref="JupyterMessage.ToFrames"/> sent and received.</summary>
public static class JupyterWire
{
    /// <summary>Sends <paramref name="message"/>, signed with <paramref name="signer"/>.</summary>
    public static void Send(NetMQSocket socket, JupyterMessage message, MessageSigner signer) =>
        socket.SendMultipartMessage(new NetMQMessage(message.ToFrames(signer)));

    /// <summary>Decodes and verifies received frames; null with the reason when they are malformed or wrongly signed.</summary>
    public static JupyterMessage? Decode(NetMQMessage frames, MessageSigner signer, out string? problem) =>
        JupyterMessage.FromFrames(frames.Select(f => f.ToByteArray()).ToList(), signer, out problem);

    /// <summary>
    /// Waits up to <paramref name="wait"/> for a message: false when none came; true with <paramref name="message"/> null
    /// (and <paramref name="problem"/>) when one came that could not be decoded or verified.
    /// </summary>
    public static bool TryReceive(NetMQSocket socket, TimeSpan wait, MessageSigner signer, out JupyterMessage? message, out string? problem)
    {
        var frames = new NetMQMessage();
        if (!socket.TryReceiveMultipartMessage(wait, ref frames))
        {
            (message, problem) = (null, null);
            return false;
        }
        message = Decode(frames, signer, out problem);
        return true;
    }
}
