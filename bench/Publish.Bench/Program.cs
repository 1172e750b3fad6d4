using BenchmarkDotNet.Running;
using Publish.Bench;

if (args.Length > 1 && args[0] == MemoryImportHarness.Command)
{
    MemoryImportHarness.Run(args);
    return;
}

if (args.Length > 0 && args[0] == RebuildTiming.Command)
{
    RebuildTiming.Run(args);
    return;
}

if (args.Length > 1 && args[0] == MemoryScaleHarness.Command)
{
    MemoryScaleHarness.Run(args);
    return;
}

if (args.Length > 1 && args[0] == MemoryScaleHarness.LookupCommand)
{
    MemoryScaleHarness.Lookups(args);
    return;
}

if (args.Length > 2 && args[0] == MemoryScaleHarness.GenerateCommand)
{
    MemoryScaleHarness.Generate(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
