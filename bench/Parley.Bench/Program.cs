using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Parley.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Parley.Bench.BenchText).Assembly).Run(args);
