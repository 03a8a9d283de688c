using System.Collections.Immutable;
using System.Globalization;
using Ki.Domain.Internal;

namespace Ki.Domain.Allocation;

/// <summary>
/// An allocation key (Verteilschlüssel, Zuweisungsschlüssel) built from named indicators: each indicator is turned
/// into a share of its total, and the key is the weighted sum <c>K_i = Σ_j f_j · v_ij / V_j</c>
/// (FlüAG NRW § 3: 0.9 × population share + 0.1 × area share), optionally capped relative to one component with the
/// excess redistributed (FlüAG: <c>K_i ≤ 1.25 × E_i</c>).
/// </summary>
/// <remarks>
/// <para>
/// Text form (<see cref="Parse"/>): <c>population</c>, or <c>population:0.9,area:0.1</c>. A key is data: it can be
/// read from configuration, and nothing about FlüAG is built in.
/// </para>
/// <para>
/// Cap interpretation (<see cref="WithCap"/>): FlüAG § 3(1) says the excess over the cap goes to "the other
/// municipalities in proportion to their key". This library reads that as the uncapped ones, and iterates: after each
/// redistribution, recipients now above their cap are capped too, until none is; the uncapped keys are then the
/// original keys scaled by one common factor, so the redistribution is proportional to the key and the key's total is
/// kept. The derived table in the reference data uses the same reading; the law does not spell it out.
/// </para>
/// <para>
/// Precision: all arithmetic is exact (rational numbers over big integers); each share is rounded once to
/// <see cref="KeyShares.Decimals"/> decimal places. Immutable; safe to share across threads.
/// </para>
/// </remarks>
public sealed class IndicatorKey
{
    private IndicatorKey(ImmutableArray<KeyComponent> components, string? capIndicator, decimal capMultiple)
    {
        Components = components;
        CapIndicator = capIndicator;
        CapMultiple = capMultiple;
    }

    /// <summary>The weighted components.</summary>
    public ImmutableArray<KeyComponent> Components { get; }

    /// <summary>The indicator the cap is relative to, or <see langword="null"/> for no cap.</summary>
    public string? CapIndicator { get; }

    /// <summary>The cap as a multiple of the <see cref="CapIndicator"/> share (FlüAG: 1.25); 0 when there is no cap.</summary>
    public decimal CapMultiple { get; }

    /// <summary>Creates a key from components.</summary>
    /// <param name="components">The components; at least one, distinct indicator names.</param>
    /// <returns>The key, without a cap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="components"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="components"/> is empty or names an indicator twice.</exception>
    public static IndicatorKey Of(IEnumerable<KeyComponent> components)
    {
        Preconditions.CheckNotNull(components);
        ImmutableArray<KeyComponent> list = Preconditions.CheckUniqueKeys(components, c => c.Indicator, indicator => $"The indicator '{indicator}' occurs twice in the key.", indicator => $"Der Indikator '{indicator}' kommt im Schlüssel zweimal vor.");
        Preconditions.CheckArgument(list.Length > 0, nameof(components), "A key needs at least one component.");
        return new IndicatorKey(list, null, 0m);
    }

    /// <summary>Reads a key such as <c>population</c> or <c>population:0.9,area:0.1</c> (invariant decimals).</summary>
    /// <param name="text">The key text; a name without factor has factor 1.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a list of <c>name[:factor]</c> with positive
    /// factors and distinct names.</exception>
    public static IndicatorKey Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var components = new List<KeyComponent>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            string[] pieces = part.Split(':', StringSplitOptions.TrimEntries);
            decimal factor = 1m;
            if (pieces.Length > 2 || pieces[0].Length == 0 || !pieces[0].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
                || (pieces.Length == 2 && (!decimal.TryParse(pieces[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out factor) || factor <= 0)))
            {
                throw new FormatException($"'{text}' is not a key: expected name or name:factor parts separated by commas, such as 'population:0.9,area:0.1'; '{part}' does not fit.");
            }

            if (components.Any(c => c.Indicator == pieces[0]))
            {
                throw new FormatException($"'{text}' is not a key: the indicator '{pieces[0]}' occurs twice.");
            }

            components.Add(new KeyComponent(pieces[0], factor));
        }

        return Of(components);
    }

    /// <summary>A copy whose component <paramref name="indicator"/> takes shares of a given total (such as the NRW
    /// total) instead of the sum over the recipients.</summary>
    /// <param name="indicator">The component's indicator.</param>
    /// <param name="total">The total; positive.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The key has no component <paramref name="indicator"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is not positive.</exception>
    public IndicatorKey WithTotal(string indicator, decimal total)
    {
        int at = IndexOf(indicator);
        KeyComponent c = Components[at];
        return new IndicatorKey(Components.SetItem(at, new KeyComponent(c.Indicator, c.Factor, total)), CapIndicator, CapMultiple);
    }

    /// <summary>A copy with a cap: no share above <paramref name="multiple"/> times the recipient's share of
    /// <paramref name="indicator"/>; the excess goes to the uncapped recipients in proportion to their key.</summary>
    /// <param name="indicator">The component the cap is relative to (FlüAG: population).</param>
    /// <param name="multiple">The multiple (FlüAG: 1.25); positive.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The key has no component <paramref name="indicator"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiple"/> is not positive.</exception>
    /// <remarks>A cap is feasible when the caps of the recipients add up to at least the key's total; with shares of
    /// the recipients' own totals that means a multiple of at least the sum of the factors (1 for
    /// <c>population:0.9,area:0.1</c>). <see cref="Apply"/> refuses an infeasible cap with an
    /// <see cref="ArgumentException"/> instead of returning shares above their caps. The law it keeps: no share above
    /// its cap (before rounding), the shares add up to the key's total.</remarks>
    public IndicatorKey WithCap(string indicator, decimal multiple)
    {
        IndexOf(indicator);
        Preconditions.CheckArgumentRange(multiple > 0, multiple, "The cap multiple must be positive.");
        return new IndicatorKey(Components, indicator, multiple);
    }

    /// <summary>Computes every recipient's share.</summary>
    /// <param name="inputs">The recipients' indicator values; each must have every indicator of the key.</param>
    /// <returns>The shares, in the order of <paramref name="inputs"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> is empty, has an id twice, lacks an indicator,
    /// or an indicator adds up to zero; or the cap is infeasible for these inputs: the caps add up to less than the
    /// key's total (so some share would have to exceed its cap), or only recipients with a key of 0 are left to take
    /// the excess.</exception>
    public KeyShares Apply(IEnumerable<KeyInput> inputs)
    {
        Preconditions.CheckNotNull(inputs);
        ImmutableArray<KeyInput> list = Preconditions.CheckUniqueKeys(inputs, i => i.Id, id => $"The recipient id '{id}' occurs twice.", id => $"Die Kennung des Empfängers '{id}' kommt zweimal vor.");
        Preconditions.CheckArgument(list.Length > 0, nameof(inputs), "A key needs at least one recipient.");

        Fraction[] shareOf(string indicator, decimal? total)
        {
            var values = list.Select(i => i.Indicators.TryGetValue(indicator, out decimal v)
                ? Fraction.Of(v)
                : throw new ArgumentException($"The recipient '{i.Id}' has no value for the indicator '{indicator}'.", nameof(inputs))).ToArray();
            Fraction sum = total is { } t ? Fraction.Of(t) : values.Aggregate(Fraction.Zero, (a, b) => a + b);
            Preconditions.CheckArgument(!sum.IsZero, nameof(inputs), $"The indicator '{indicator}' adds up to zero over the recipients.");
            return [.. values.Select(v => v / sum)];
        }

        var key = new Fraction[list.Length];
        Array.Fill(key, Fraction.Zero);
        foreach (KeyComponent c in Components)
        {
            Fraction factor = Fraction.Of(c.Factor);
            Fraction[] shares = shareOf(c.Indicator, c.Total);
            for (int i = 0; i < key.Length; i++)
            {
                key[i] += factor * shares[i];
            }
        }

        bool[] capped = new bool[list.Length];
        int rounds = 0;
        if (CapIndicator is not null)
        {
            KeyComponent basis = Components[IndexOf(CapIndicator)];
            Fraction multiple = Fraction.Of(CapMultiple);
            Fraction[] caps = [.. shareOf(basis.Indicator, basis.Total).Select(s => s * multiple)];
            rounds = ApplyCap(key, caps, capped, CapIndicator, CapMultiple, nameof(inputs));
        }

        return new KeyShares([.. list.Select((input, i) => new KeyShare(input.Id, key[i].ToDecimal(KeyShares.Decimals), capped[i]))], rounds);
    }

    private static int ApplyCap(Fraction[] key, Fraction[] caps, bool[] capped, string indicator, decimal multiple, string argument)
    {
        Fraction[] original = [.. key];
        Fraction total = original.Aggregate(Fraction.Zero, (a, b) => a + b);
        Fraction capTotal = caps.Aggregate(Fraction.Zero, (a, b) => a + b);
        if (capTotal < total)
        {
            // Caps that add up to less than the key cannot all hold: refused, not returned half-capped.
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The cap of {multiple} × the '{indicator}' share is infeasible: the caps add up to {capTotal.ToDecimal(6)}, less than the key's total {total.ToDecimal(6)}, so some share would have to exceed its cap. The multiple must be at least {(total / capTotal * Fraction.Of(multiple)).ToDecimal(6)}."),
                argument);
        }

        int rounds = 0;
        while (true)
        {
            Fraction cappedSum = Fraction.Zero;
            Fraction freeSum = Fraction.Zero;
            for (int i = 0; i < key.Length; i++)
            {
                if (capped[i])
                {
                    cappedSum += caps[i];
                }
                else
                {
                    freeSum += original[i];
                }
            }

            if (freeSum.IsZero)
            {
                // Only recipients with a key of 0 are left below their caps; the excess goes in proportion to the
                // key, so they take none of it, and the capped shares must make up the total on their own.
                if (cappedSum.CompareTo(total) != 0)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                        $"The cap of {multiple} × the '{indicator}' share is infeasible: the excess goes to the recipients below their caps in proportion to their key, and all of those have a key of 0."),
                        argument);
                }

                for (int i = 0; i < key.Length; i++)
                {
                    key[i] = capped[i] ? caps[i] : Fraction.Zero;
                }

                return rounds;
            }

            Fraction scale = (total - cappedSum) / freeSum;
            bool changed = false;
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = capped[i] ? caps[i] : original[i] * scale;
                if (!capped[i] && key[i] > caps[i])
                {
                    capped[i] = true;
                    changed = true;
                }
            }

            if (!changed)
            {
                return rounds;
            }

            rounds++;
        }
    }

    private int IndexOf(string indicator)
    {
        Preconditions.CheckNotNull(indicator);
        for (int i = 0; i < Components.Length; i++)
        {
            if (Components[i].Indicator == indicator)
            {
                return i;
            }
        }

        throw new ArgumentException($"The key has no component '{indicator}'.", nameof(indicator));
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(',', Components) + (CapIndicator is null ? string.Empty : $" (cap {CapMultiple.ToString(CultureInfo.InvariantCulture)} × {CapIndicator})");
}
