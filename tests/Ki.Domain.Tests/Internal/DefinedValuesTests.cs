using Ki.Domain.Internal;
using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Internal;

/// <summary>The bit-mask test of enum values the validator's fast path uses answers as <see cref="Enum.IsDefined{TEnum}(TEnum)"/>.</summary>
public sealed class DefinedValuesTests
{
    public static TheoryData<int> Values()
    {
        var data = new TheoryData<int>();
        for (int v = -3; v <= 70; v++)
        {
            data.Add(v);
        }

        data.Add(int.MinValue);
        data.Add(int.MaxValue);
        data.Add(128);
        data.Add(1 << 20);
        return data;
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Contains_AnyInt_AnswersAsEnumIsDefined(int value)
    {
        Assert.Equal(Enum.IsDefined((ApplicantKind)value), DefinedValues<ApplicantKind>.Contains((ApplicantKind)value));
        Assert.Equal(Enum.IsDefined((ApplicationRoute)value), DefinedValues<ApplicationRoute>.Contains((ApplicationRoute)value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(65)]
    public void IsWellFormed_UndefinedKindOrRoute_IsNot(int value)
    {
        Application caritas = Caritas();
        Application badKind = Copy(caritas, applicant: new Applicant("Caritas Soest", (ApplicantKind)value));
        Application badRoute = Copy(caritas);
        badRoute = new Application(badRoute.Id, badRoute.Applicant, badRoute.LineId, badRoute.FiscalYear, badRoute.RequestedAmount) { Route = (ApplicationRoute)(value == 11 ? 4 : value) };

        Assert.True(ApplicationValidator.IsWellFormed(caritas));
        Assert.False(ApplicationValidator.IsWellFormed(badKind));
        Assert.False(ApplicationValidator.IsWellFormed(badRoute));
        Assert.Equal(EligibilityCodes.ApplicationInvalid, EligibilityEvaluator.Default.Evaluate(badKind, AsOf).Code);
    }
}
