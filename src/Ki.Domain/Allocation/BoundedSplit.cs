namespace Ki.Domain.Allocation;

/// <summary>
/// Solves <c>sum_i clamp(base_i + λ·w_i, low_i, high_i) = B</c> for one λ ≥ 0, exactly, by walking the breakpoints
/// of the piecewise-linear total, then rounds the recipients between their bounds with <see cref="LargestRemainder"/>.
/// All quantities are whole units; equal remainders go to the lower index, and <see cref="Tied"/> marks the recipients
/// of such a tie so that the caller can apply its own tie rule (the id order).
/// </summary>
/// <remarks>
/// Each recipient with weight has up to two breakpoints: <c>(low - base) / w</c> where it leaves its floor and
/// <c>(high - base) / w</c> where it reaches its upper bound. Between breakpoints the total is
/// <c>A + λ·Wf</c> (A: the fixed amounts plus the free recipients' base amounts, Wf: the free weight). The walk stops
/// at the first breakpoint where the total would reach B; then <c>λ = (B - A) / Wf</c> and the free recipients split
/// <c>R = B - A</c> by weight. A recipient whose breakpoint is exactly λ keeps its earlier state, which gives the
/// same exact value. Comparisons use 128-bit products, exact for 64-bit inputs.
/// </remarks>
internal sealed class BoundedSplit
{
    private BoundedSplit(int count)
    {
        States = new RecipientState[count];
        Amounts = new long[count];
    }

    /// <summary>Where a recipient ends up.</summary>
    public enum RecipientState
    {
        /// <summary>Between its bounds: base plus a share of R.</summary>
        Free,

        /// <summary>Held at its floor.</summary>
        AtLow,

        /// <summary>Held at its cap or demand.</summary>
        AtHigh,

        /// <summary>No weight: its base amount clamped to its bounds.</summary>
        Constant,
    }

    /// <summary>The state of each recipient.</summary>
    public RecipientState[] States { get; }

    /// <summary>The amount of each recipient in units.</summary>
    public long[] Amounts { get; }

    /// <summary>R: the units the free recipients split by weight (on top of their base amounts).</summary>
    public long Rest { get; private set; }

    /// <summary>Wf: the total weight of the free recipients.</summary>
    public UInt128 FreeWeight { get; private set; }

    /// <summary>λ's numerator (units); λ = <see cref="LambdaNumerator"/> / <see cref="LambdaDenominator"/> per unit of (scaled) weight.</summary>
    public UInt128 LambdaNumerator { get; private set; }

    /// <summary>λ's denominator (positive).</summary>
    public UInt128 LambdaDenominator { get; private set; } = UInt128.One;

    /// <summary>The recipients tied at the last leftover unit (equal remainders, not all of them got one), or
    /// <see langword="null"/> when no tie was broken.</summary>
    public bool[]? Tied { get; private set; }

    /// <summary>Whether free recipient i got a leftover unit.</summary>
    public bool GotRemainder(int i, long weight) =>
        States[i] == RecipientState.Free && FreeWeight != 0
        && (UInt128)(ulong)(Amounts[i] - Base(i)) * FreeWeight > (UInt128)(ulong)Rest * (ulong)weight;

    private long[] BaseAmounts { get; set; } = [];

    private long Base(int i) => BaseAmounts[i];

    /// <summary>Solves and rounds.</summary>
    /// <exception cref="ArgumentException">The floors, or the base amounts within their bounds, exceed the budget.</exception>
    public static BoundedSplit Solve(long budget, long[] weights, long[] bases, long[] lows, long[] highs)
    {
        int n = weights.Length;
        var split = new BoundedSplit(n) { BaseAmounts = bases };
        Int128 lowSum = 0;
        Int128 fixedTotal = 0;
        UInt128 freeWeight = 0;
        var events = new List<Breakpoint>();
        for (int i = 0; i < n; i++)
        {
            long w = weights[i];
            long b = bases[i];
            long lo = lows[i];
            long hi = highs[i];
            lowSum += lo;
            if (w == 0)
            {
                split.States[i] = RecipientState.Constant;
                fixedTotal += Math.Clamp(b, lo, hi);
                continue;
            }

            if (hi <= b)
            {
                split.States[i] = RecipientState.AtHigh;
                fixedTotal += hi;
                continue;
            }

            if (lo > b)
            {
                split.States[i] = RecipientState.AtLow;
                fixedTotal += lo;
                events.Add(new Breakpoint(lo - b, w, i, IsUpper: false));
            }
            else
            {
                split.States[i] = RecipientState.Free;
                fixedTotal += b;
                freeWeight += (ulong)w;
            }

            if (hi != long.MaxValue)
            {
                events.Add(new Breakpoint(hi - b, w, i, IsUpper: true));
            }
        }

        if (lowSum > budget)
        {
            throw new ArgumentException($"The floors add up to {lowSum} units, more than the budget of {budget} units.", nameof(budget));
        }

        if (fixedTotal > budget)
        {
            throw new ArgumentException($"The base amounts (within their bounds) add up to {fixedTotal} units, more than the budget of {budget} units.", nameof(budget));
        }

        Breakpoint[] sorted = [.. events];
        Array.Sort(sorted);
        Breakpoint? last = null;
        foreach (Breakpoint e in sorted)
        {
            Int128 gap = budget - fixedTotal;
            if (Reaches(e.Numerator, e.Denominator, freeWeight, gap))
            {
                break;
            }

            int i = e.Index;
            long w = weights[i];
            if (e.IsUpper)
            {
                split.States[i] = RecipientState.AtHigh;
                fixedTotal += highs[i] - bases[i];
                freeWeight -= (ulong)w;
            }
            else
            {
                split.States[i] = RecipientState.Free;
                fixedTotal += bases[i] - lows[i];
                freeWeight += (ulong)w;
            }

            last = e;
        }

        split.FreeWeight = freeWeight;
        if (freeWeight != 0)
        {
            split.Rest = (long)(budget - fixedTotal);
            split.LambdaNumerator = (ulong)split.Rest;
            split.LambdaDenominator = freeWeight;
        }
        else if (last is { } l)
        {
            split.LambdaNumerator = (ulong)l.Numerator;
            split.LambdaDenominator = (ulong)l.Denominator;
        }

        split.Round(weights, lows, highs);
        return split;
    }

    private static bool Reaches(long numerator, long denominator, UInt128 freeWeight, Int128 gap)
    {
        // total(λ) = A + λ·Wf ≥ B  ⟺  num·Wf ≥ (B − A)·den
        UInt128 right = (UInt128)(ulong)gap * (ulong)denominator;
        if (freeWeight != 0 && (ulong)numerator > UInt128.MaxValue / freeWeight)
        {
            return true;
        }

        return (ulong)numerator * freeWeight >= right;
    }

    private void Round(long[] weights, long[] lows, long[] highs)
    {
        int n = weights.Length;
        int freeCount = 0;
        for (int i = 0; i < n; i++)
        {
            Amounts[i] = States[i] switch
            {
                RecipientState.AtLow => lows[i],
                RecipientState.AtHigh => highs[i],
                RecipientState.Constant => Math.Clamp(BaseAmounts[i], lows[i], highs[i]),
                _ => BaseAmounts[i],
            };
            if (States[i] == RecipientState.Free)
            {
                freeCount++;
            }
        }

        if (freeCount == 0 || Rest == 0)
        {
            return;
        }

        long[] freeWeights = new long[freeCount];
        long[] shares = new long[freeCount];
        for (int i = 0, j = 0; i < n; i++)
        {
            if (States[i] == RecipientState.Free)
            {
                freeWeights[j++] = weights[i];
            }
        }

        bool[] tied = new bool[freeCount];
        bool tie = LargestRemainder.Distribute(Rest, freeWeights, shares, tied, FreeWeight);
        bool[]? tiedByRecipient = tie ? new bool[n] : null;
        for (int i = 0, j = 0; i < n; i++)
        {
            if (States[i] == RecipientState.Free)
            {
                if (tiedByRecipient is not null)
                {
                    tiedByRecipient[i] = tied[j];
                }

                Amounts[i] += shares[j++];
            }
        }

        Tied = tiedByRecipient;
    }

    /// <summary>A point λ = Numerator / Denominator where a recipient leaves its floor or reaches its upper bound.</summary>
    private readonly record struct Breakpoint(long Numerator, long Denominator, int Index, bool IsUpper) : IComparable<Breakpoint>
    {
        public int CompareTo(Breakpoint other)
        {
            int byValue = ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);
            return byValue != 0 ? byValue : Index != other.Index ? Index.CompareTo(other.Index) : IsUpper.CompareTo(other.IsUpper);
        }
    }
}
