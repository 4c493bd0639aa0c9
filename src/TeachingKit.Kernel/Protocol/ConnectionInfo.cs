using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeachingKit.Kernel.Protocol;

/// <summary>A Jupyter connection file: where the five sockets listen and the key that signs messages.</summary>
public sealed record ConnectionInfo(
    string Ip, int ShellPort, int IopubPort, int StdinPort, int ControlPort, int HeartbeatPort, string Key, string Transport = "tcp",
    string SignatureScheme = "hmac-sha256")
{
    /// <summary>The ZeroMQ address of a port, e.g. tcp://127.0.0.1:5555.</summary>
    public string Address(int port) => $"{Transport}://{Ip}:{port}";

    /// <summary>Reads and checks a connection file.</summary>
    /// <exception cref="InvalidDataException">The file is not a usable connection file (names the problem).</exception>
    public static ConnectionInfo Read(string path)
    {
        JsonObject json;
        try { json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException("not a JSON object"); }
        catch (JsonException e) { throw new InvalidDataException($"the connection file {path} is not JSON: {e.Message}"); }
        string transport = Text(json, "transport", "tcp");
        // NetMQ's ipc:// is TCP on a loopback port derived from a hash: a client using real ipc never reaches it.
        if (transport != "tcp")
            throw new InvalidDataException($"the connection file asks for transport \"{transport}\"; the kit's kernel supports only \"tcp\" " +
                "(NetMQ has no real ipc transport). Start it with tcp (e.g. jupyter's default).");
        string scheme = Text(json, "signature_scheme", "hmac-sha256");
        string key = Text(json, "key", "");
        if (key.Length > 0 && scheme != "hmac-sha256")
            throw new InvalidDataException($"the signature scheme \"{scheme}\" is not supported; use hmac-sha256.");
        return new ConnectionInfo(Text(json, "ip", "127.0.0.1"), Port(json, "shell_port"), Port(json, "iopub_port"),
            Port(json, "stdin_port"), Port(json, "control_port"), Port(json, "hb_port"), key, transport, scheme);
    }

    /// <summary>A connection on loopback with five free ports and a random key (what a client writes for the kernel it starts).</summary>
    public static ConnectionInfo ForLocalKernel()
    {
        var ports = FreePorts(5);
        return new ConnectionInfo("127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
    }

    /// <summary>Writes the connection file in Jupyter's format.</summary>
    public void Write(string path) => File.WriteAllText(path, new JsonObject
    {
        ["ip"] = Ip, ["transport"] = Transport, ["signature_scheme"] = SignatureScheme, ["key"] = Key,
        ["shell_port"] = ShellPort, ["iopub_port"] = IopubPort, ["stdin_port"] = StdinPort,
        ["control_port"] = ControlPort, ["hb_port"] = HeartbeatPort, ["kernel_name"] = KernelSpec.Name,
    }.ToJsonString());

    private static string Text(JsonObject json, string name, string fallback) =>
        json[name] is JsonValue v && v.TryGetValue(out string? s) ? s : fallback;

    private static int Port(JsonObject json, string name) =>
        json[name] is JsonValue v && v.TryGetValue(out int port) && port is > 0 and < 65536 ? port
            : throw new InvalidDataException($"the connection file has no valid \"{name}\" (a port from 1 to 65535).");

    private static readonly HashSet<int> GivenOut = new();

    // As jupyter_client does: ask the OS for free ports. The OS may hand a released port out again, so kernels started
    // side by side could be given the same one: a port is never given out twice by this process.
    private static int[] FreePorts(int count)
    {
        lock (GivenOut)
        {
            var ports = new List<int>();
            var listeners = new List<TcpListener>();
            try
            {
                while (ports.Count < count)
                {
                    var listener = new TcpListener(IPAddress.Loopback, 0);
                    listener.Start();
                    listeners.Add(listener);
                    int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                    if (GivenOut.Add(port)) ports.Add(port);
                }
                return ports.ToArray();
            }
            finally { listeners.ForEach(l => l.Stop()); }
        }
    }
}
