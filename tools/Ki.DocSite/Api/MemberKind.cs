using Microsoft.CodeAnalysis;

namespace Ki.DocSite.Api;

/// <summary>The sections of a type page, in the order they appear.</summary>
internal enum MemberKind
{
    /// <summary>Constructors.</summary>
    Constructor = 1,

    /// <summary>Enum values.</summary>
    EnumValue,

    /// <summary>Constants and fields.</summary>
    Field,

    /// <summary>Properties and indexers.</summary>
    Property,

    /// <summary>Methods.</summary>
    Method,

    /// <summary>Operators and conversions.</summary>
    Operator,

    /// <summary>Events.</summary>
    Event,
}

/// <summary>Classifies members into page sections.</summary>
internal static class MemberKindExtensions
{
    /// <summary>The section heading.</summary>
    public static string Heading(this MemberKind kind) => kind switch
    {
        MemberKind.Constructor => "Constructors",
        MemberKind.EnumValue => "Values",
        MemberKind.Field => "Fields",
        MemberKind.Property => "Properties",
        MemberKind.Method => "Methods",
        MemberKind.Operator => "Operators",
        MemberKind.Event => "Events",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a member kind."),
    };

    /// <summary>The word used in the search index and page titles.</summary>
    public static string Word(this MemberKind kind) => kind switch
    {
        MemberKind.Constructor => "constructor",
        MemberKind.EnumValue => "value",
        MemberKind.Field => "field",
        MemberKind.Property => "property",
        MemberKind.Method => "method",
        MemberKind.Operator => "operator",
        MemberKind.Event => "event",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a member kind."),
    };
}

/// <summary>Finds the section of a member.</summary>
internal static class MemberKindOf
{
    /// <summary>The section a member belongs in.</summary>
    public static MemberKind Of(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } => MemberKind.Constructor,
        IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } => MemberKind.Operator,
        IMethodSymbol => MemberKind.Method,
        IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } => MemberKind.EnumValue,
        IFieldSymbol => MemberKind.Field,
        IPropertySymbol => MemberKind.Property,
        IEventSymbol => MemberKind.Event,
        _ => throw new ArgumentException($"{member.Kind} is not a documented member kind.", nameof(member)),
    };
}
