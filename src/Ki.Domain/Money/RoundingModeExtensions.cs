namespace Ki.Domain.Money;

/// <summary>
/// Internal helpers that apply a <see cref="RoundingMode"/> to decimals and validate it.
/// </summary>
internal static class RoundingModeExtensions
{
    /// <summary>Throws when <paramref name="mode"/> is not a defined member.</summary>
    public static RoundingMode Validate(this RoundingMode mode, string paramName)
    {
        if (mode is < RoundingMode.Commercial or > RoundingMode.Ceiling)
        {
            throw new ArgumentOutOfRangeException(paramName, mode, $"Rounding mode {(int)mode} is not defined; pass one of Commercial, HalfToEven, TowardZero, Floor or Ceiling.");
        }

        return mode;
    }

    /// <summary>The matching BCL <see cref="MidpointRounding"/> value.</summary>
    public static MidpointRounding ToMidpointRounding(this RoundingMode mode) => mode switch
    {
        RoundingMode.Commercial => MidpointRounding.AwayFromZero,
        RoundingMode.HalfToEven => MidpointRounding.ToEven,
        RoundingMode.TowardZero => MidpointRounding.ToZero,
        RoundingMode.Floor => MidpointRounding.ToNegativeInfinity,
        RoundingMode.Ceiling => MidpointRounding.ToPositiveInfinity,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Undefined rounding mode."),
    };

    /// <summary>Rounds <paramref name="value"/> to a whole number with this mode.</summary>
    public static decimal RoundToInteger(this RoundingMode mode, decimal value) =>
        decimal.Round(value, 0, mode.ToMidpointRounding());

    /// <summary>
    /// Decides whether a non-negative truncated magnitude is rounded up by one unit, given how the dropped part
    /// compares with one half (<paramref name="halfComparison"/>: negative, zero or positive), whether anything was
    /// dropped at all, the value's sign and whether the kept magnitude is odd.
    /// </summary>
    public static bool RoundsMagnitudeUp(this RoundingMode mode, int halfComparison, bool anyDropped, bool negative, bool keptIsOdd)
    {
        if (!anyDropped)
        {
            return false;
        }

        return mode switch
        {
            RoundingMode.Commercial => halfComparison >= 0,
            RoundingMode.HalfToEven => halfComparison > 0 || (halfComparison == 0 && keptIsOdd),
            RoundingMode.TowardZero => false,
            RoundingMode.Floor => negative,
            RoundingMode.Ceiling => !negative,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Undefined rounding mode."),
        };
    }
}
