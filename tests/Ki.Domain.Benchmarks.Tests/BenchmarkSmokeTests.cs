using System.Reflection;
using BenchmarkDotNet.Attributes;
using Ki.Domain.Benchmarks.Allocation;

namespace Ki.Domain.Benchmarks.Tests;

/// <summary>
/// Every benchmark runs once in CI (issue 16: "a smoke test runs each benchmark class once on tiny inputs"): each
/// public class of the benchmark assembly with a <see cref="BenchmarkAttribute"/> method is found by reflection, so a
/// new class is covered the moment it is added. Each method gets a fresh instance with the smallest value of every
/// <see cref="ParamsAttribute"/>, its global and iteration setups, one call, and its cleanups. Nothing is timed; a
/// benchmark that throws, or whose setup's own checks fail, fails here instead of in the middle of a long run.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    private static readonly Assembly Benchmarks = typeof(AllocationBenchmarks).Assembly;

    public static TheoryData<string> BenchmarkMethods()
    {
        var data = new TheoryData<string>();
        foreach (Type type in BenchmarkClasses())
        {
            foreach (MethodInfo method in BenchmarkMethodsOf(type))
            {
                data.Add($"{type.FullName}.{method.Name}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BenchmarkMethods))]
    public void Benchmark_SmallestParams_RunsOnceWithoutError(string name)
    {
        int dot = name.LastIndexOf('.');
        Type type = Benchmarks.GetType(name[..dot], throwOnError: true)!;
        MethodInfo benchmark = BenchmarkMethodsOf(type).Single(m => m.Name == name[(dot + 1)..]);
        object instance = Activator.CreateInstance(type)!;
        SetSmallestParams(instance);

        Run<GlobalSetupAttribute>(instance, benchmark);
        Run<IterationSetupAttribute>(instance, benchmark);
        object? result = benchmark.Invoke(instance, Arguments(benchmark));
        Run<IterationCleanupAttribute>(instance, benchmark);
        Run<GlobalCleanupAttribute>(instance, benchmark);

        if (benchmark.ReturnType != typeof(void) && !benchmark.ReturnType.IsValueType)
        {
            Assert.NotNull(result);
        }
    }

    [Fact]
    public void BenchmarkClasses_TheAssembly_FindsEveryRoomsBenchmarks()
    {
        // The discovery must not quietly find nothing: the classes known when this test was written are all found,
        // and every class in the benchmark assembly that has a benchmark method is public and can be created.
        string[] names = [.. BenchmarkClasses().Select(t => t.Name)];
        Assert.Superset(
            new HashSet<string>(["AllocationBenchmarks", "ApportionmentBenchmarks", "AwardRoundBenchmarks", "TwoStageRoundBenchmarks",
                "ExplainBenchmarks", "ScreeningBenchmarks", "EuroParsingBenchmarks", "GazetteerLoadingBenchmarks", "EmbeddedDataLoadingBenchmarks"]),
            new HashSet<string>(names));
        Type[] hidden = [.. Benchmarks.GetTypes().Where(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Any(m => m.IsDefined(typeof(BenchmarkAttribute))) && !BenchmarkClasses().Contains(t))];
        Assert.Empty(hidden);
    }

    private static IEnumerable<Type> BenchmarkClasses() =>
        Benchmarks.GetTypes()
            .Where(t => t.IsPublic && t.IsClass && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Where(t => BenchmarkMethodsOf(t).Any())
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static IEnumerable<MethodInfo> BenchmarkMethodsOf(Type type) =>
        type.GetMethods(BindingFlags.Instance | BindingFlags.Public).Where(m => m.IsDefined(typeof(BenchmarkAttribute))).OrderBy(m => m.Name, StringComparer.Ordinal);

    /// <summary>Sets every [Params] property or field to its smallest value (the first when the values do not compare).</summary>
    private static void SetSmallestParams(object instance)
    {
        foreach (MemberInfo member in instance.GetType().GetMembers(BindingFlags.Instance | BindingFlags.Public))
        {
            if (member.GetCustomAttribute<ParamsAttribute>() is not { } attribute || attribute.Values.Length == 0)
            {
                continue;
            }

            object? smallest = attribute.Values.All(v => v is IComparable) ? attribute.Values.Min() : attribute.Values[0];
            switch (member)
            {
                case PropertyInfo property:
                    property.SetValue(instance, smallest);
                    break;
                case FieldInfo field:
                    field.SetValue(instance, smallest);
                    break;
            }
        }
    }

    /// <summary>Runs the setup or cleanup methods of the given kind that apply to <paramref name="benchmark"/>.</summary>
    private static void Run<TAttribute>(object instance, MethodInfo benchmark)
        where TAttribute : TargetedAttribute
    {
        foreach (MethodInfo method in instance.GetType().GetMethods(BindingFlags.Instance | BindingFlags.Public))
        {
            if (method.GetCustomAttribute<TAttribute>() is { } attribute
                && (attribute.Targets is null || attribute.Targets.Length == 0 || attribute.Targets.Contains(benchmark.Name)))
            {
                method.Invoke(instance, null);
            }
        }
    }

    /// <summary>The first [Arguments] row of a benchmark with parameters, or none.</summary>
    private static object?[]? Arguments(MethodInfo benchmark) =>
        benchmark.GetParameters().Length == 0 ? null : benchmark.GetCustomAttributes<ArgumentsAttribute>().First().Values;
}
