using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace TeachingKit.Kernel.Protocol;

/// <summary>One Jupyter message: routing identities, the four JSON parts and binary buffers.</summary>
public sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities, JsonObject Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content, IReadOnlyList<byte[]> Buffers)
{
    /// <summary>The protocol version the kit speaks.</summary>
    public const string ProtocolVersion = "5.3";

    /// <summary>The delimiter between identities and the signed frames.</summary>
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    public string MessageType => Header["msg_type"]?.GetValue<string>() ?? "";

    public string MessageId => Header["msg_id"]?.GetValue<string>() ?? "";

    /// <summary>The msg_id of the request this message answers ("" when none).</summary>
    public string ParentId => ParentHeader["msg_id"]?.GetValue<string>() ?? "";

    /// <summary>A new message of <paramref name="type"/>; each gets a fresh msg_id (clients refuse a repeated signature).</summary>
    public static JupyterMessage Create(string type, JsonObject content, string session, JupyterMessage? parent = null,
        IReadOnlyList<byte[]>? identities = null, JsonObject? metadata = null) =>
        new(identities ?? parent?.Identities ?? [], NewHeader(type, session, parent), parent?.Header.DeepClone().AsObject() ?? new JsonObject(),
            metadata ?? new JsonObject(), content, []);

    /// <summary>A header with a fresh id and the current UTC time in ISO 8601.</summary>
    public static JsonObject NewHeader(string type, string session, JupyterMessage? parent) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString("N"),
        ["session"] = session,
        ["username"] = parent?.Header["username"]?.GetValue<string>() ?? "teachingkit",
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
        ["msg_type"] = type,
        ["version"] = ProtocolVersion,
    };

    /// <summary>The frames to send: identities, delimiter, signature, the four JSON parts, buffers.</summary>
    public List<byte[]> ToFrames(MessageSigner signer)
    {
        byte[] header = Json(Header), parent = Json(ParentHeader), metadata = Json(Metadata), content = Json(Content);
        var frames = new List<byte[]>(Identities) { Delimiter, Encoding.ASCII.GetBytes(signer.Sign(header, parent, metadata, content)) };
        frames.AddRange([header, parent, metadata, content]);
        frames.AddRange(Buffers);
        return frames;
    }

    /// <summary>Decodes received frames; null with a reason when they are malformed or their signature is wrong.</summary>
    public static JupyterMessage? FromFrames(IReadOnlyList<byte[]> frames, MessageSigner signer, out string? problem)
    {
        int delimiter = -1;
        for (int i = 0; i < frames.Count; i++)
            if (frames[i].AsSpan().SequenceEqual(Delimiter)) { delimiter = i; break; }
        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            problem = "not a Jupyter message (no <IDS|MSG> delimiter followed by a signature and four parts)";
            return null;
        }
        string signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        byte[] header = frames[delimiter + 2], parent = frames[delimiter + 3], metadata = frames[delimiter + 4], content = frames[delimiter + 5];
        if (!signer.Verify(signature, header, parent, metadata, content))
        {
            problem = signature.Length == 0 ? "the message is not signed" : "the message's signature is wrong";
            return null;
        }
        try
        {
            problem = null;
            return new JupyterMessage(frames.Take(delimiter).ToList(), Parse(header), Parse(parent), Parse(metadata), Parse(content),
                frames.Skip(delimiter + 6).ToList());
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            problem = $"a part of the message is not a JSON object: {e.Message}";
            return null;
        }
    }

    private static byte[] Json(JsonObject part) => Encoding.UTF8.GetBytes(part.ToJsonString());

    private static JsonObject Parse(byte[] bytes) =>
        JsonNode.Parse(bytes) as JsonObject ?? throw new InvalidOperationException("expected a JSON object");
}
