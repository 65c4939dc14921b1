using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Diplomatic.Umbraco.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
