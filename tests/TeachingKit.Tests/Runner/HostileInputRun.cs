using System.Text.Json.Nodes;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>
/// One run of the real runner process over good notebooks and hostile inputs (issue 19), into a site folder that an
/// earlier run left with a stale page, a stale executed copy and a temporary file of a killed write.
/// </summary>
public sealed class HostileInputRun : IDisposable
{
    /// <summary>A line of 300 000 characters (the page shows the first <c>MaxOutputCharacters</c>).</summary>
    public const int GiantLine = 300_000;

    public HostileInputRun()
    {
        string nb = Folder.File("nb");
        Directory.CreateDirectory(nb);
        foreach (string name in new[] { "a-good.ipynb", "index.ipynb", "z-good.ipynb" })
            TestNotebook.Write(nb, name, "Console.WriteLine(0.5);", "var answer = 6 * 7;\nanswer");
        HostileFiles.DuplicateKey(nb, "dup-key.ipynb");
        (_, Utf8Offset) = HostileFiles.InvalidUtf8(nb, "bad-utf8.ipynb");
        HostileFiles.Nested(nb, "deep-ok.ipynb", 500);
        HostileFiles.Nested(nb, "deep-refused.ipynb", 2000);
        File.WriteAllText(Path.Combine(nb, "bad-json.ipynb"), "{ \"cells\": [");
        HostileFiles.WithoutMetadata(nb, "no-metadata.ipynb");
        HostileFiles.Fifo(nb, "fifo.ipynb");
        HostileFiles.Sparse(nb, "huge.ipynb", TeachingKit.Notebooks.IO.NotebookFile.MaxBytes + 1);
        File.CreateSymbolicLink(Path.Combine(nb, "gone.ipynb"), Folder.File("nowhere.ipynb"));
        TestNotebook.Write(nb, "message-throws.ipynb",
            "class Evil : Exception { public override string Message => throw new InvalidOperationException(\"no\"); }\nthrow new Evil();");
        Language(TestNotebook.Write(nb, "fsharp.ipynb", "1 + 1", "1 + 1"), "vscode", "languageId", "csharp", "polyglot_notebook", "kernelName", "fsharp");
        Language(TestNotebook.Write(nb, "pwsh.ipynb", "1 + 1"), "dotnet_interactive", "language", "pwsh");
        TestNotebook.Write(nb, "directives.ipynb",
            "var text = \"\"\"\n#r \"nuget: Nothing, 1.0.0\"\n#!/bin/bash\n\"\"\";\ntext.Length",
            "#r \"nuget: MathNet.Numerics, 5.0.0\" // pinned\nMathNet.Numerics.SpecialFunctions.Factorial(5)");
        File.WriteAllText(Folder.File("helpers-ok.csx"), "int Twice(int x) => 2 * x;\n");
        File.WriteAllText(Folder.File("helpers-bad.csx"), "// a helper\n\n\n\nint Broken() => \"text\";\n");
        TestNotebook.Write(nb, "load-ok.ipynb", "#load \"../helpers-ok.csx\"\nTwice(21)");
        TestNotebook.Write(nb, "load-error.ipynb", "1", "#load \"../helpers-bad.csx\"\nBroken()");
        TestNotebook.Write(nb, "missing-ref.ipynb", "#r \"not-there.dll\"");
        TestNotebook.Write(nb, "to-html.ipynb",
            "public class Shown { public string ToHtml() => \"<b id=\\\"raw-html\\\">bold</b>\"; }\ndisplay(new Shown());",
            "public class Hidden { private string ToHtml() => \"<i>x</i>\"; public override string ToString() => \"<i>escaped</i>\"; }\nnew Hidden()",
            "public class Internal { internal string ToHtml() => \"<u id=\\\"internal-html\\\">u</u>\"; }\nnew Internal()");
        TestNotebook.Write(nb, "giant-line.ipynb", $"Console.WriteLine(new string('x', {GiantLine}));");
        EarlierRun(Folder.File("site"));
        (ExitCode, Output) = RunnerProcess.RunAsync(["run", nb, "--out", Folder.File("site"), "--parallel", "2", "--cell-timeout", "60"], 600)
            .GetAwaiter().GetResult();
    }

    public TempFolder Folder { get; } = new();

    public int ExitCode { get; }

    public string Output { get; }

    public int Utf8Offset { get; }

    public string Site(params string[] parts) => Folder.File(["site", .. parts]);

    public string Index => File.ReadAllText(Site("index.html"));

    public void Dispose() => Folder.Dispose();

    /// <summary>Sets the language metadata of the code cells in order: (section, key, language) per cell.</summary>
    private static void Language(string path, params string[] sectionKeyLanguage)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(path))!;
        for (int i = 0; i < sectionKeyLanguage.Length / 3; i++)
        {
            var (section, key, language) = (sectionKeyLanguage[3 * i], sectionKeyLanguage[3 * i + 1], sectionKeyLanguage[3 * i + 2]);
            notebook["cells"]![i + 1]!["metadata"] = new JsonObject { [section] = new JsonObject { [key] = language } };
        }
        File.WriteAllText(path, notebook.ToJsonString());
    }

    private static void EarlierRun(string site)
    {
        Directory.CreateDirectory(Path.Combine(site, "executed"));
        File.WriteAllText(Path.Combine(site, ".teachingkit-site"), "teachingkit site, written by process 1\nold.html\nexecuted/old.ipynb\nindex.html\n");
        File.WriteAllText(Path.Combine(site, "old.html"), "✔ ran");
        File.WriteAllText(Path.Combine(site, "executed", "old.ipynb"), "{}");
        File.WriteAllText(Path.Combine(site, "index.html"), "<a href=\"old.html\">✔ ran</a>");
        File.WriteAllText(Path.Combine(site, "executed", $".a-good.ipynb.{Guid.NewGuid():N}.tmp"), "half a write");
    }
}
