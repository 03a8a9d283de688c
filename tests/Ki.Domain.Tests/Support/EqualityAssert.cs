namespace Ki.Domain.Tests.Support;

/// <summary>One shared check of the equality and ordering contract of value types.</summary>
internal static class EqualityAssert
{
    /// <summary>Asserts that <paramref name="a"/> and <paramref name="b"/> are equal by every route.</summary>
    public static void Equal<T>(T a, T b)
        where T : IEquatable<T>, IComparable<T>
    {
        Assert.True(a.Equals(b));
        Assert.True(b.Equals(a));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(0, a.CompareTo(b));
    }

    /// <summary>Asserts that <paramref name="smaller"/> sorts strictly before <paramref name="larger"/> and differs.</summary>
    public static void Less<T>(T smaller, T larger)
        where T : IEquatable<T>, IComparable<T>
    {
        Assert.False(smaller.Equals(larger));
        Assert.False(smaller.Equals((object)larger));
        Assert.True(smaller.CompareTo(larger) < 0);
        Assert.True(larger.CompareTo(smaller) > 0);
    }
}
