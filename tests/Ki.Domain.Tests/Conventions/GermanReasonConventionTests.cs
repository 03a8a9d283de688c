using System.Reflection;

namespace Ki.Domain.Tests.Conventions;

/// <summary>
/// No code of the library creates a <see cref="KiDataException"/> without a German reason: the compiled IL of every
/// method (lambdas, local functions and iterators included) is searched for a <c>newobj</c> of the English-only
/// constructor, so a target-typed <c>new(...)</c> or a call spread over lines cannot hide one.
/// </summary>
public sealed class GermanReasonConventionTests
{
    [Fact]
    public void KiDomain_CreatesNoKiDataExceptionWithoutAGermanReason()
    {
        string[] callers = EnglishOnlyCreators(typeof(KiDataException).Assembly);
        Assert.True(callers.Length == 0, "English-only KiDataException in: " + string.Join(", ", callers));
    }

    [Fact]
    public void EnglishOnlyCreators_FindsACreatorInThisTestAssembly()
    {
        // The search itself must see what it is looking for: this assembly has one such creation, below.
        Assert.Contains(EnglishOnlyCreators(typeof(GermanReasonConventionTests).Assembly), c => c.Contains(nameof(EnglishOnly), StringComparison.Ordinal));
        Assert.Null(EnglishOnly().ReasonGerman);
    }

    /// <summary>The methods of <paramref name="assembly"/> whose IL creates a <see cref="KiDataException"/> with the English-only constructor.</summary>
    internal static string[] EnglishOnlyCreators(Assembly assembly)
    {
        ConstructorInfo englishOnly = typeof(KiDataException).GetConstructor([typeof(string), typeof(string), typeof(Exception)])!;
        var found = new List<string>();
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (Type type in assembly.GetTypes())
        {
            foreach (MethodBase method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
                for (int i = 0; il is not null && i + 4 < il.Length; i++)
                {
                    // 0x73 is newobj; its operand is a metadata token of a MethodDef (0x06) or MemberRef (0x0A).
                    if (il[i] != 0x73 || il[i + 4] is not (0x06 or 0x0A))
                    {
                        continue;
                    }

                    int token = BitConverter.ToInt32(il, i + 1);
                    MethodBase? target;
                    try
                    {
                        target = method.Module.ResolveMethod(token, type.IsGenericType ? type.GetGenericArguments() : null, method.IsGenericMethod ? method.GetGenericArguments() : null);
                    }
                    catch (Exception e) when (e is ArgumentException or BadImageFormatException)
                    {
                        continue;
                    }

                    if (target == englishOnly)
                    {
                        found.Add($"{type.FullName}.{method.Name}");
                    }
                }
            }
        }

        return [.. found.Distinct()];
    }

    private static KiDataException EnglishOnly() => new("line 1", "English only.");
}
