using System.Reflection;
using System.Text;

namespace Ki.Domain.Tests.Conventions;

/// <summary>Writes the public API of the library as text, one file per namespace, for the approval test.</summary>
internal static class ApiText
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The API text by namespace.</summary>
    public static IReadOnlyDictionary<string, string> ByNamespace() =>
        PublicSurface.Types
            .GroupBy(t => t.Namespace ?? "(global)", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(Describe)), StringComparer.Ordinal);

    private static string Describe(Type type)
    {
        var text = new StringBuilder();
        text.Append(TypeHeader(type)).Append('\n');
        foreach (string line in PublicSurface.Members(type).Select(Describe).Order(StringComparer.Ordinal))
        {
            text.Append("  ").Append(line).Append('\n');
        }

        return text.Append('\n').ToString();
    }

    private static string TypeHeader(Type type)
    {
        string kind = type switch
        {
            { IsEnum: true } => "enum",
            { IsInterface: true } => "interface",
            { IsValueType: true } => "readonly struct",
            _ when typeof(Delegate).IsAssignableFrom(type) => "delegate",
            { IsAbstract: true, IsSealed: true } => "static class",
            { IsAbstract: true } => "abstract class",
            { IsSealed: true } => "sealed class",
            _ => "class",
        };
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static string Describe(MemberInfo member) => member switch
    {
        FieldInfo f when f.DeclaringType!.IsEnum => $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}",
        FieldInfo f => $"{Static(f.IsStatic)}{(f.IsLiteral ? "const " : f.IsInitOnly ? "readonly " : string.Empty)}{NullableName(Nullability.Create(f))} {f.Name}",
        PropertyInfo p => $"{Static(p.GetAccessors(true)[0].IsStatic)}{NullableName(Nullability.Create(p))} {p.Name} {{ {(p.GetMethod is { IsPublic: true } ? "get; " : string.Empty)}{(p.SetMethod is { IsPublic: true } s ? (s.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty)}}}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        ConstructorInfo c => $"ctor({Parameters(c.GetParameters())})",
        MethodInfo m => $"{Static(m.IsStatic)}{(m.IsAbstract && !m.DeclaringType!.IsInterface ? "abstract " : m.IsVirtual && !m.IsFinal && !m.DeclaringType!.IsInterface ? "virtual " : string.Empty)}{NullableName(Nullability.Create(m.ReturnParameter))} {m.Name}{Generic(m)}({Parameters(m.GetParameters())})",
        _ => member.ToString()!,
    };

    private static string Static(bool isStatic) => isStatic ? "static " : string.Empty;

    private static string Generic(MethodInfo m) => m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(ParameterInfo[] parameters) => string.Join(", ", parameters.Select(p =>
        $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : string.Empty)}{NullableName(Nullability.Create(p))} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string NullableName(NullabilityInfo info)
    {
        string name = Name(info.Type.IsByRef ? info.Type.GetElementType()! : info.Type);
        bool annotated = info.ReadState == NullabilityState.Nullable && !info.Type.IsValueType;
        if (info.Type.IsGenericType && info.GenericTypeArguments.Length > 0 && Nullable.GetUnderlyingType(info.Type) is null)
        {
            string outer = name[..name.IndexOf('<', StringComparison.Ordinal)];
            name = outer + "<" + string.Join(", ", info.GenericTypeArguments.Select(NullableName)) + ">";
        }
        else if (info.Type.IsArray && info.ElementType is { } element)
        {
            name = NullableName(element) + "[]";
        }

        return annotated ? name + "?" : name;
    }

    private static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        string name = type.IsGenericParameter ? type.Name : (type.FullName ?? type.Name);
        if (type.IsGenericType)
        {
            Type definition = type.GetGenericTypeDefinition();
            name = definition.FullName!;
            name = name[..name.IndexOf('`', StringComparison.Ordinal)];
            name += "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return name.Replace('+', '.');
    }
}
