using System.Text;
using System.Text.Json.Nodes;
using TeachingKit.Kernel.Protocol;

namespace TeachingKit.Tests.Kernel;

public class MessageSignerTests
{
    private static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void TheSignatureIsHmacSha256OfTheFourPartsInOrder()
    {
        // RFC 4231-style known answer (Wikipedia's HMAC example): the four frames concatenated are the message.
        var signer = new MessageSigner("key");
        string signature = signer.Sign(Bytes("The quick "), Bytes("brown fox "), Bytes("jumps over "), Bytes("the lazy dog"));
        Assert.Equal("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", signature);
    }

    [Fact]
    public void AMessageRoundTripsAndATamperedOneIsRefused()
    {
        var signer = new MessageSigner("secret");
        var message = JupyterMessage.Create("execute_request", new JsonObject { ["code"] = "1" }, "s", identities: [[1, 2]]);
        var frames = message.ToFrames(signer);

        var decoded = JupyterMessage.FromFrames(frames, signer, out string? problem);
        Assert.Null(problem);
        Assert.Equal("1", decoded!.Content["code"]!.GetValue<string>());
        Assert.Equal([1, 2], decoded.Identities.Single());

        frames[^1] = Bytes("{\"code\":\"Environment.Exit(1)\"}");
        Assert.Null(JupyterMessage.FromFrames(frames, signer, out problem));
        Assert.Equal("the message's signature is wrong", problem);
    }

    [Fact]
    public void WithAKeyAnUnsignedMessageIsRefusedAndWithoutOneNothingIsChecked()
    {
        var unsigned = JupyterMessage.Create("kernel_info_request", new JsonObject(), "s").ToFrames(new MessageSigner(""));
        Assert.Null(JupyterMessage.FromFrames(unsigned, new MessageSigner("secret"), out string? problem));
        Assert.Equal("the message is not signed", problem);
        Assert.NotNull(JupyterMessage.FromFrames(unsigned, new MessageSigner(""), out _));
    }

    [Fact]
    public void EveryMessageGetsAFreshId()
    {
        var a = JupyterMessage.Create("status", new JsonObject(), "s");
        var b = JupyterMessage.Create("status", new JsonObject(), "s");
        Assert.NotEqual(a.MessageId, b.MessageId);
        Assert.Equal("5.3", a.Header["version"]!.GetValue<string>());
    }

    [Fact]
    public void AConnectionFileWithIpcIsRefusedClearly()
    {
        string file = Path.GetTempFileName();
        File.WriteAllText(file, "{\"transport\":\"ipc\",\"ip\":\"kernel\",\"key\":\"\",\"shell_port\":1,\"iopub_port\":2,\"stdin_port\":3,\"control_port\":4,\"hb_port\":5}");
        var e = Assert.Throws<InvalidDataException>(() => ConnectionInfo.Read(file));
        Assert.Contains("supports only \"tcp\"", e.Message);
        File.Delete(file);
    }
}
