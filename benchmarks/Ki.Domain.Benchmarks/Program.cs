using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point; run with <c>dotnet run -c Release --project benchmarks/Ki.Domain.Benchmarks -- --filter *</c>.</summary>
public partial class Program;
