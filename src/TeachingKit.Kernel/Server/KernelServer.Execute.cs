using System.Text.Json.Nodes;
using TeachingKit.Kernel.Engine;
using TeachingKit.Kernel.Protocol;

namespace TeachingKit.Kernel.Server;

public sealed partial class KernelServer
{
    private void Execute(JupyterMessage request)
    {
        var content = request.Content;
        string code = Code(request);
        bool silent = Flag(content, "silent", false);
        bool storeHistory = !silent && Flag(content, "store_history", true);
        bool allowStdin = Flag(content, "allow_stdin", false);
        bool stopOnError = Flag(content, "stop_on_error", true);
        if (storeHistory) _executionCount++;
        int count = _executionCount;
        if (!silent) Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count }, request);

        // The runner names the notebook's cell; a live front end gets the prompt number.
        string cellName = request.Metadata["teachingkit"]?["cell"] is JsonValue cell && cell.TryGetValue(out int number)
            ? $"cell {number}" : $"In [{count}]";
        ExecutionError? error = null;
        if (!string.IsNullOrWhiteSpace(code))
        {
            using var interrupt = new CancellationTokenSource();
            lock (_cellLock) _runningCell = interrupt;
            using (var observer = new IopubObserver(this, request, silent, allowStdin, count))
                error = _engine.ExecuteAsync(code, observer, cellName, interrupt.Token).GetAwaiter().GetResult();
            lock (_cellLock) _runningCell = null;
        }

        if (error is null)
        {
            Reply(Channel.Shell, request, "execute_reply", new JsonObject
            {
                ["status"] = "ok", ["execution_count"] = count, ["user_expressions"] = new JsonObject(), ["payload"] = new JsonArray(),
            });
            return;
        }
        // Taken before the error is sent: a request the client sends once it sees the error is never among them.
        var waiting = stopOnError ? TakeQueuedRequests() : [];
        var traceback = new JsonArray(error.Traceback.Select(t => (JsonNode?)t).ToArray());
        if (!silent)
            Publish("error", new JsonObject { ["ename"] = error.Name, ["evalue"] = error.Message, ["traceback"] = traceback.DeepClone() }, request);
        Reply(Channel.Shell, request, "execute_reply", new JsonObject
        {
            ["status"] = "error", ["execution_count"] = count, ["ename"] = error.Name, ["evalue"] = error.Message, ["traceback"] = traceback,
            // Beyond the protocol's fields (clients ignore them): what the runner needs to say where the cell failed.
            ["teachingkit"] = new JsonObject { ["kind"] = error.Kind.ToString(), ["line"] = error.Line, ["poisoned"] = _engine.State == EngineState.Poisoned },
        });
        AbortExecutions(waiting);
    }

    private List<JupyterMessage> TakeQueuedRequests()
    {
        var waiting = new List<JupyterMessage>();
        while (_shellQueue.TryTake(out var queued)) waiting.Add(queued);
        return waiting;
    }

    /// <summary>
    /// After an error, the execute requests that were waiting when the cell ended are aborted (as ipykernel does);
    /// the other requests among them are answered. Requests that arrive later run, so the next cell a user runs
    /// after an interrupt is not lost.
    /// </summary>
    /// <remarks>
    /// The queue used to be read after the error reply was sent. A client that answers the reply with its next
    /// request could land in between and have it aborted: CI once saw the cell after an interrupt fail, and a 30 ms
    /// pause put in that window made the next request come back "aborted" at once.
    /// </remarks>
    private void AbortExecutions(List<JupyterMessage> waiting)
    {
        foreach (var queued in waiting)
        {
            if (queued.MessageType != "execute_request") { HandleShell(queued); continue; }
            Publish("status", new JsonObject { ["execution_state"] = "busy" }, queued);
            Reply(Channel.Shell, queued, "execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = _executionCount });
            Publish("status", new JsonObject { ["execution_state"] = "idle" }, queued);
        }
    }

    private static bool Flag(JsonObject content, string name, bool fallback) =>
        content[name] is JsonValue v && v.TryGetValue(out bool b) ? b : fallback;
}
