using BenchmarkDotNet.Running;
using Diplomatic.Umbraco.Benchmarks.Importing;

// dotnet run -c Release --project benchmarks/Diplomatic.Umbraco.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/Diplomatic.Umbraco.Benchmarks -- hostile <shape>   (one hostile manuscript, timed once)
if (args.Length > 0 && args[0] == "hostile")
{
    return HostileManuscripts.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
