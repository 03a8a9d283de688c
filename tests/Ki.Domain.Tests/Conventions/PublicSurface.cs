using System.Reflection;
using System.Runtime.CompilerServices;

namespace Ki.Domain.Tests.Conventions;

/// <summary>The public types and members of the Ki.Domain assembly, as the conventions tests see them.</summary>
internal static class PublicSurface
{
    /// <summary>The library assembly.</summary>
    public static Assembly Assembly { get; } = typeof(Ki.Domain.Money.Euro).Assembly;

    /// <summary>Every publicly visible type, sorted by full name.</summary>
    public static IReadOnlyList<Type> Types { get; } =
        [.. Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>The members of a type that a user can see (public or protected), declared by the type itself.</summary>
    public static IEnumerable<MemberInfo> Members(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (MemberInfo member in type.GetMembers(flags))
        {
            if (member is Type || member.IsDefined(typeof(CompilerGeneratedAttribute)) || !IsVisible(member))
            {
                continue;
            }

            if (member is MethodInfo { IsSpecialName: true } method && !method.Name.StartsWith("op_", StringComparison.Ordinal))
            {
                continue; // property and event accessors are covered by their property or event
            }

            if (type.IsEnum && member is FieldInfo { IsSpecialName: true })
            {
                continue; // value__
            }

            yield return member;
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        _ => false,
    };
}
