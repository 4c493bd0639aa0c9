using BenchmarkDotNet.Running;
using TeachingKit.Benchmarks.SideBySide;

// Run all:   dotnet run -c Release --project tests/TeachingKit.Benchmarks -- --filter '*'
// Run some:  dotnet run -c Release --project tests/TeachingKit.Benchmarks -- --filter '*Grid*'
// Side by side with PyTorch: /usr/bin/python3 tests/TeachingKit.Benchmarks/side_by_side.py (it starts this with --side-by-side).
if (args is ["--side-by-side"]) SideBySideServer.Run();
else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
