using System.Security.Cryptography;
using System.Text;

namespace TeachingKit.Kernel.Protocol;

/// <summary>Signs and verifies Jupyter messages: lowercase hex HMAC-SHA256 over header, parent header, metadata and content.</summary>
/// <remarks>
/// The four frames are signed as the raw bytes received, never re-serialized. An empty key means no signing
/// (the protocol's rule); with a key, a missing or wrong signature is refused. Jupyter messaging 5.3, "The Wire Protocol".
/// </remarks>
public sealed class MessageSigner
{
    private readonly byte[] _key;

    /// <param name="key">The connection file's key (its UTF-8 bytes are the HMAC key).</param>
    public MessageSigner(string key) => _key = Encoding.UTF8.GetBytes(key);

    /// <summary>True when a key is set, so every message must carry a valid signature.</summary>
    public bool Signs => _key.Length > 0;

    /// <summary>The signature of the four frames ("" without a key).</summary>
    public string Sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        if (!Signs) return "";
        using var hmac = new HMACSHA256(_key);
        hmac.TransformBlock(header, 0, header.Length, null, 0);
        hmac.TransformBlock(parentHeader, 0, parentHeader.Length, null, 0);
        hmac.TransformBlock(metadata, 0, metadata.Length, null, 0);
        hmac.TransformFinalBlock(content, 0, content.Length);
        return Convert.ToHexStringLower(hmac.Hash!);
    }

    /// <summary>True when <paramref name="signature"/> is right for the frames (always true without a key).</summary>
    public bool Verify(string signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        if (!Signs) return true;
        byte[] expected = Encoding.ASCII.GetBytes(Sign(header, parentHeader, metadata, content));
        byte[] given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
