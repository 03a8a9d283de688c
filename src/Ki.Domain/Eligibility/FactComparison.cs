namespace Ki.Domain.Eligibility;

/// <summary>How a <see cref="FactCriterion"/> compares a named fact with its constant.</summary>
/// <remarks>
/// Keys can only be compared for equality (<see cref="EqualTo"/>, <see cref="OneOf"/>). There is deliberately no member
/// with the value 0: <c>default(FactComparison)</c> is not a comparison.
/// </remarks>
public enum FactComparison
{
    /// <summary>The fact is below the constant (a date: before it).</summary>
    LessThan = 1,

    /// <summary>The fact is at most the constant (a date: on or before it).</summary>
    AtMost = 2,

    /// <summary>The fact equals the constant.</summary>
    EqualTo = 3,

    /// <summary>The fact is at least the constant (a date: on or after it).</summary>
    AtLeast = 4,

    /// <summary>The fact is above the constant (a date: after it).</summary>
    MoreThan = 5,

    /// <summary>The fact is one of the constants (membership in a set of keys or values).</summary>
    OneOf = 6,
}
