using System.Diagnostics;
using System.Globalization;

namespace TeachingKit.Benchmarks.SideBySide;

/// <summary>
/// Times the kit's workloads on request from side_by_side.py, so that the kit's and PyTorch's runs can be
/// interleaved in one sitting. One request per line on stdin, "workload size repetitions batches"; the
/// answer is one line with each batch's seconds per repetition.
/// </summary>
internal static class SideBySideServer
{
    /// <summary>Serves requests until stdin closes.</summary>
    public static void Run()
    {
        var workloads = new Dictionary<(string, int), Action>();
        Console.Out.WriteLine($"ready {Environment.Version} vector={System.Numerics.Vector<double>.Count}");
        Console.Out.Flush();
        while (Console.In.ReadLine() is { } line)
        {
            string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != 4) continue;
            int size = int.Parse(f[1], CultureInfo.InvariantCulture);
            int repetitions = int.Parse(f[2], CultureInfo.InvariantCulture), batches = int.Parse(f[3], CultureInfo.InvariantCulture);
            if (!workloads.TryGetValue((f[0], size), out var action))
            {
                action = KitWorkloads.Create(f[0], size);
                workloads[(f[0], size)] = action;
                action();   // compile, size the state, fill the tape's caches
            }
            var seconds = new double[batches];
            for (int b = 0; b < batches; b++)
            {
                long start = Stopwatch.GetTimestamp();
                for (int r = 0; r < repetitions; r++) action();
                seconds[b] = Stopwatch.GetElapsedTime(start).TotalSeconds / repetitions;
            }
            Console.Out.WriteLine(string.Join(" ", seconds.Select(s => s.ToString("R", CultureInfo.InvariantCulture))));
            Console.Out.Flush();
        }
    }
}
