namespace Ki.Domain.Allocation;

/// <summary>
/// Exact division of 128-bit dividends by one fixed 64-bit divisor, with a precomputed reciprocal so that the common
/// case (a dividend below 2^64) costs two multiplications instead of a hardware division.
/// </summary>
/// <remarks>
/// The reciprocal <c>m = floor((2^64 - 1) / d)</c> satisfies <c>2^64 - d &lt;= m·d &lt; 2^64</c>, so for
/// <c>n &lt; 2^64</c> the estimate <c>high64(n * m)</c> is above <c>n/d - 2</c> and hence at most one below
/// <c>floor(n / d)</c>; the remainder check corrects it. The result is always exact. Immutable.
/// </remarks>
internal readonly struct ExactDivisor
{
    private readonly ulong _divisor;
    private readonly ulong _reciprocal;

    /// <summary>Prepares division by <paramref name="divisor"/>, which must be positive.</summary>
    public ExactDivisor(ulong divisor)
    {
        _divisor = divisor;
        _reciprocal = ulong.MaxValue / divisor;
    }

    /// <summary>The divisor.</summary>
    public ulong Divisor => _divisor;

    /// <summary>Divides the 128-bit number <c>hi * 2^64 + lo</c>; the quotient must fit in 64 bits.</summary>
    public ulong DivRem(ulong hi, ulong lo, out ulong remainder)
    {
        if (hi != 0)
        {
            UInt128 n = new(hi, lo);
            (UInt128 q, UInt128 r) = UInt128.DivRem(n, _divisor);
            remainder = (ulong)r;
            return (ulong)q;
        }

        ulong estimate = Math.BigMul(lo, _reciprocal, out _);
        ulong rest = unchecked(lo - (estimate * _divisor));
        while (rest >= _divisor)
        {
            estimate++;
            rest = unchecked(rest - _divisor);
        }

        remainder = rest;
        return estimate;
    }
}
