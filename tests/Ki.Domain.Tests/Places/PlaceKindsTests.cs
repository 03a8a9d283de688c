namespace Ki.Domain.Tests.Places;

/// <summary>The codes and German terms of the place kinds: each kind's are its own and read back to it.</summary>
public sealed class PlaceKindsTests
{
    [Fact]
    public void DistrictKind_CodeAndTerm_ReadBackToTheKind()
    {
        AssertReadBack(["kreis", "kreisfreie-stadt", "staedteregion"], ["Kreis", "kreisfreie Stadt", "Städteregion"],
            PlaceKinds.ToCode, PlaceKinds.ToGermanTerm, PlaceKinds.DistrictKindFrom);
        Assert.Equal(DistrictKind.Staedteregion, PlaceKinds.DistrictKindFrom("Kreis (Städteregion)"));
    }

    [Fact]
    public void MunicipalityKind_CodeAndTerm_ReadBackToTheKind() =>
        AssertReadBack(["kreisfreie-stadt", "stadt", "gemeinde"], ["kreisfreie Stadt", "Stadt (kreisangehörig)", "Gemeinde (kreisangehörig)"],
            PlaceKinds.ToCode, PlaceKinds.ToGermanTerm, PlaceKinds.MunicipalityKindFrom);

    /// <summary>The kinds, in declaration order, have these codes and terms, and each code and term reads back to its kind.</summary>
    private static void AssertReadBack<T>(string[] codes, string[] terms, Func<T, string> toCode, Func<T, string> toTerm, Func<string, T?> from)
        where T : struct, Enum
    {
        T[] kinds = Enum.GetValues<T>();
        Assert.Equal(codes, kinds.Select(toCode));
        Assert.Equal(terms, kinds.Select(toTerm));
        Assert.All(kinds, k =>
        {
            Assert.Equal(k, from(toCode(k)));
            Assert.Equal(k, from(toTerm(k)));
        });
    }

    [Theory]
    [InlineData("Kreisfreie Stadt")]
    [InlineData("KREIS")]
    [InlineData("stadt ")]
    [InlineData("")]
    public void KindFrom_OtherSpelling_IsNull(string text)
    {
        Assert.Null(PlaceKinds.DistrictKindFrom(text));
        Assert.Null(PlaceKinds.MunicipalityKindFrom(text));
    }

    [Fact]
    public void UndefinedKind_IsRefusedNamingTheEnum()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ((DistrictKind)99).ToCode());
        Assert.Equal("kind", e.ParamName);
        Assert.Contains("DistrictKind has no member with the value 99", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ((MunicipalityKind)(-1)).ToGermanTerm());
    }
}
