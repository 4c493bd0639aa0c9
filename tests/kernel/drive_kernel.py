#!/usr/bin/python3
"""Drives the kit kernel through Debian's jupyter_client, an independent Jupyter client.

Covers complete, inspect, is_complete, interrupt and shutdown. Run by the C# test
IndependentClientTests with JUPYTER_PATH pointing at a kernelspec installed in a temporary prefix.
Usage: drive_kernel.py NOTEBOOK_FOLDER   (prints "ok: ..." lines; exits non-zero on the first failure)
"""
import sys
import time

from jupyter_client.manager import start_new_kernel


def check(condition, what):
    if not condition:
        print(f"FAILED: {what}")
        sys.exit(1)
    print(f"ok: {what}")


def run(kc, code, timeout=120):
    msg_id = kc.execute(code)
    outputs = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
        outputs.append(msg)
    return shell_reply(kc, msg_id, timeout), outputs


def shell_reply(kc, msg_id, timeout=60):
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]


def wait_for_stream(kc, msg_id, text, timeout=60):
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream" and text in msg["content"]["text"]:
            return


def main(folder):
    started = time.monotonic()
    km, kc = start_new_kernel(kernel_name="teachingkit-csharp", cwd=folder, startup_timeout=120)
    check(time.monotonic() - started < 60, f"kernel ready after {time.monotonic() - started:.2f} s")
    try:
        setup = "\n".join([
            '#r "nuget: MathNet.Numerics, 5.0.0"',
            '#r "../src/TeachingKit/bin/net8.0/TeachingKit.dll"',
        ])
        content, _ = run(kc, setup)
        check(content["status"] == "ok", "the setup cell runs")
        content, outputs = run(kc, "var ravine = new TeachingKit.Optimization.Quadratic(new[] { 1.0, 20.0 });\nravine.Eigenvalues.Max()")
        result = [m for m in outputs if m["msg_type"] == "execute_result"]
        check(result and result[0]["content"]["data"]["text/plain"] == "20", "a value comes back as execute_result")

        check(shell_reply(kc, kc.is_complete("for (int i = 0; i < 3; i++) {"))["status"] == "incomplete", "is_complete: incomplete")
        check(shell_reply(kc, kc.is_complete("var a = 1;"))["status"] == "complete", "is_complete: complete")

        code = "ravine.Eig"
        reply = shell_reply(kc, kc.complete(code, len(code)))
        check("Eigenvalues" in reply["matches"] and reply["cursor_start"] == 7, "complete: a member of an earlier cell's variable")

        code = "TeachingKit.Optimization.Optimize.Run"
        reply = shell_reply(kc, kc.inspect(code, len(code) - 1))
        check(reply["found"] and "Runs optimizer on objective from start." in reply["data"]["text/plain"], "inspect: the XML summary")

        # Interrupt once the cell says it runs (not after a fixed time, which a loaded machine can spend compiling).
        msg_id = kc.execute('Console.WriteLine("running");\nSystem.Threading.Thread.Sleep(60000);')
        wait_for_stream(kc, msg_id, "running")
        time.sleep(0.5)
        km.interrupt_kernel()
        reply = shell_reply(kc, msg_id, timeout=30)
        check(reply["status"] == "error" and reply["evalue"] == "the cell was interrupted", "interrupt: a sleeping cell stops")
        content, _ = run(kc, "1 + 1")
        check(content["status"] == "ok", "the kernel goes on after an interrupt"
              + ("" if content["status"] == "ok" else f" (the reply says {content['status']} {content.get('evalue', '')})"))
    finally:
        km.shutdown_kernel(now=False)
    check(not km.is_alive(), "shutdown: the kernel process has ended")


if __name__ == "__main__":
    main(sys.argv[1])
