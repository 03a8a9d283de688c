using System.Reflection;

namespace Ki.Domain.Tests.Conventions;

/// <summary>Builds the documentation comment IDs (<c>M:Ns.Type.Method(System.String)</c>) that the compiler writes to the XML doc file.</summary>
internal static class DocumentationIds
{
    /// <summary>The ID of a type.</summary>
    public static string Of(Type type) => "T:" + TypeName(type);

    /// <summary>The ID of a member.</summary>
    public static string Of(MemberInfo member) => member switch
    {
        Type t => Of(t),
        FieldInfo f => $"F:{TypeName(f.DeclaringType!)}.{f.Name}",
        PropertyInfo p => $"P:{TypeName(p.DeclaringType!)}.{p.Name}{Parameters(p.GetIndexParameters())}",
        EventInfo e => $"E:{TypeName(e.DeclaringType!)}.{e.Name}",
        ConstructorInfo c => $"M:{TypeName(c.DeclaringType!)}.{(c.IsStatic ? "#cctor" : "#ctor")}{Parameters(c.GetParameters())}",
        MethodInfo m => MethodId(m),
        _ => throw new NotSupportedException(member.GetType().Name),
    };

    private static string MethodId(MethodInfo m)
    {
        var id = new StringBuilder($"M:{TypeName(m.DeclaringType!)}.{m.Name}");
        if (m.IsGenericMethod)
        {
            id.Append("``").Append(m.GetGenericArguments().Length);
        }

        id.Append(Parameters(m.GetParameters()));
        if (m.Name is "op_Implicit" or "op_Explicit")
        {
            id.Append('~').Append(ParameterTypeName(m.ReturnType));
        }

        return id.ToString();
    }

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => ParameterTypeName(p.ParameterType))) + ")";

    private static string TypeName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private static string ParameterTypeName(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterTypeName(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return ParameterTypeName(type.GetElementType()!) + "[]";
        }

        if (type.IsPointer)
        {
            return ParameterTypeName(type.GetElementType()!) + "*";
        }

        if (type.IsGenericMethodParameter)
        {
            return "``" + type.GenericParameterPosition;
        }

        if (type.IsGenericTypeParameter)
        {
            return "`" + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            Type definition = type.GetGenericTypeDefinition();
            string name = TypeName(definition);
            name = name[..name.IndexOf('`', StringComparison.Ordinal)];
            return name + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterTypeName)) + "}";
        }

        return TypeName(type);
    }
}
