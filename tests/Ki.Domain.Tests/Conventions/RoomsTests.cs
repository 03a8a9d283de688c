using System.Reflection;
using System.Reflection.Emit;

namespace Ki.Domain.Tests.Conventions;

/// <summary>
/// The rooms of Ki.Domain (its namespaces) use only the rooms docs/architecture.md allows: the arrows point one way,
/// and nothing in the model uses Serialization or DependencyInjection.
/// </summary>
public sealed class RoomsTests
{
    /// <summary>Each room and the rooms it may use, besides itself, the root namespace and Internal. Keep in step with docs/architecture.md.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Money"] = [],
        ["Allocation"] = ["Money"],
        ["Places"] = ["Money"],
        ["Programmes"] = ["Money", "Allocation", "Places"],
        ["Applications"] = ["Money", "Places", "Programmes"],
        ["Eligibility"] = ["Money", "Places", "Programmes", "Applications"],
        ["Awards"] = ["Money", "Allocation", "Places", "Programmes", "Applications", "Eligibility"],
        ["Settlement"] = ["Money", "Programmes"],
        ["Serialization"] = ["Money", "Allocation", "Places", "Programmes", "Applications", "Eligibility", "Awards", "Settlement"],
        ["DependencyInjection"] = ["Money", "Allocation", "Places", "Programmes", "Applications", "Eligibility", "Awards", "Settlement", "Serialization"],
        ["Internal"] = [],
        [string.Empty] = [],
    };

    /// <summary>
    /// The one use of Serialization inside the model: a rule set's hash is the SHA-256 of its rule-file JSON, so the
    /// hash is computed from the document shape (docs/architecture.md says why).
    /// </summary>
    private static readonly HashSet<(string From, string To)> Exceptions =
    [
        ("Ki.Domain.Eligibility.RuleSet", "Ki.Domain.Serialization.EligibilityJson"),
    ];

    private static readonly Dictionary<short, OpCode> OpCodes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    [Fact]
    public void EveryRoom_UsesOnlyTheRoomsItMay()
    {
        string[] broken = [.. Uses().Where(u => !May(u.From, u.To)).Select(u => $"{u.From} uses {u.To}").Distinct().Order(StringComparer.Ordinal)];

        Assert.True(broken.Length == 0, "Rooms used against docs/architecture.md:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Scanner_SeesUsesInsideMethodBodies()
    {
        // Guards the law above: RuleSet uses EligibilityJson only inside a method body, so a scanner that missed bodies would see nothing.
        Assert.Contains(Uses(), u => u.From.FullName == "Ki.Domain.Eligibility.RuleSet" && u.To.FullName == "Ki.Domain.Serialization.EligibilityJson");
        Assert.False(May(typeof(Ki.Domain.Money.Euro), typeof(Ki.Domain.Places.DistrictKey)));
    }

    [Fact]
    public void Table_NamesEveryRoomOfTheAssembly()
    {
        string[] rooms = [.. PublicSurface.Assembly.GetTypes().Select(Room).Where(r => r is not null).Select(r => r!).Distinct()];

        Assert.All(rooms, r => Assert.True(Allowed.ContainsKey(r), $"The room '{r}' is not in the table (and docs/architecture.md)."));
    }

    private static bool May(Type from, Type to)
    {
        string? a = Room(from);
        string? b = Room(to);
        return a is null || b is null || a == b || b.Length == 0 || b == "Internal"
            || Allowed[a].Contains(b, StringComparer.Ordinal)
            || Exceptions.Contains((Outer(from).FullName!, Outer(to).FullName!));
    }

    /// <summary>The room of a Ki.Domain type (the namespace after <c>Ki.Domain.</c>, empty for the root), or null for other assemblies.</summary>
    private static string? Room(Type type)
    {
        if (type.Assembly != PublicSurface.Assembly || type.Namespace is not { } ns || !ns.StartsWith("Ki.Domain", StringComparison.Ordinal))
        {
            return null;
        }

        return ns == "Ki.Domain" ? string.Empty : ns["Ki.Domain.".Length..].Split('.')[0];
    }

    private static Type Outer(Type type) => type.DeclaringType is { } outer ? Outer(outer) : type;

    private static IEnumerable<(Type From, Type To)> Uses()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (Type type in PublicSurface.Assembly.GetTypes())
        {
            IEnumerable<Type> used = [type.BaseType!, .. type.GetInterfaces()];
            used = used.Concat(type.GetFields(all).Select(f => f.FieldType));
            used = used.Concat(type.GetProperties(all).Select(p => p.PropertyType));
            foreach (MethodBase method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                used = used.Concat(method.GetParameters().Select(p => p.ParameterType));
                if (method is MethodInfo info)
                {
                    used = used.Concat([info.ReturnType]);
                }

                used = used.Concat(BodyUses(method));
            }

            foreach (Type to in used.Where(t => t is not null).SelectMany(Flatten))
            {
                yield return (type, to);
            }
        }
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            return Flatten(type.GetElementType()!);
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? [type.GetGenericTypeDefinition(), .. type.GetGenericArguments().SelectMany(Flatten)]
            : [type];
    }

    /// <summary>The types a method body names: the owners of the methods and fields it calls or reads, and the types it creates or tests.</summary>
    private static List<Type> BodyUses(MethodBase method)
    {
        var types = new List<Type>();
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return types;
        }

        Type[]? typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? unchecked((short)(0xFE00 | il[at + 1])) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            OpCode op = OpCodes[value];
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    try
                    {
                        MemberInfo? member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs);
                        if (member is Type t)
                        {
                            types.Add(t);
                        }
                        else if (member?.DeclaringType is { } owner)
                        {
                            types.Add(owner);
                        }
                    }
                    catch (ArgumentException)
                    {
                        // A token of another generic context; the signature scan covers its types.
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    at += 4;
                    break;
            }
        }

        return types;
    }
}
