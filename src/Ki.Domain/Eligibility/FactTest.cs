using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// One fact of an application read as a whole number: the unit a <see cref="FactTest"/> tests, and one column of the
/// screening plan's batches.
/// </summary>
internal enum FactColumn
{
    /// <summary>The applicant's kind as its bit (<see cref="ApplicantKindMask.Bit"/>); always known.</summary>
    KindBit,

    /// <summary>The requested grant in cents; always known.</summary>
    RequestedCents,

    /// <summary>
    /// When the application was received, in ticks since the Unix epoch: NodaTime's <c>Instant.ToUnixTimeTicks</c>,
    /// which truncates towards the start of time, so an instant is before a whole-tick limit exactly when its ticks are
    /// below the limit's.
    /// </summary>
    SubmittedTicks,

    /// <summary>The seat's eight-digit municipality key (its first five digits are the district, its first three the region).</summary>
    Seat,

    /// <summary>Whether the applicant is non-profit: 1 or 0.</summary>
    NonProfit,

    /// <summary>Whether the applicant runs a KI, as stated or by the gazetteer: 1 or 0.</summary>
    RunsIntegrationCentre,
}

/// <summary>Reads an application's facts as numbers, the same way for one application and for a batch.</summary>
internal static class FactColumns
{
    /// <summary>The number of columns.</summary>
    public const int Count = 6;

    /// <summary>The value of a fact the application does not state (no fact reads as this number).</summary>
    public const long Unknown = long.MinValue;

    /// <summary>Reads one fact; <see cref="Unknown"/> where it is missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Read(FactColumn column, in EvaluationInput input) => column switch
    {
        FactColumn.KindBit => ApplicantKindMask.Bit(input.Application.Applicant.Kind),
        FactColumn.RequestedCents => input.Application.RequestedAmount.Cents,
        FactColumn.SubmittedTicks => input.Application.Submitted is { } submitted ? submitted.ToUnixTimeTicks() : Unknown,
        FactColumn.Seat => input.Application.Applicant.Seat is { } seat ? seat.Value : Unknown,
        FactColumn.NonProfit => input.Application.Applicant.IsNonProfit is { } nonProfit ? (nonProfit ? 1 : 0) : Unknown,
        _ => input.RunsIntegrationCentre is { } runs ? (runs ? 1 : 0) : Unknown,
    };

    /// <summary>Whether a column's fact can be missing (the others are always stated).</summary>
    public static bool CanBeUnknown(FactColumn column) => column >= FactColumn.SubmittedTicks;

    /// <summary>The name of the fact a column reads, as a decision lists it when missing.</summary>
    public static string FactName(FactColumn column) => column switch
    {
        FactColumn.SubmittedTicks => FactNames.Submitted,
        FactColumn.Seat => FactNames.Seat,
        FactColumn.NonProfit => FactNames.NonProfit,
        FactColumn.RunsIntegrationCentre => FactNames.RunsIntegrationCentre,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "This fact is always known."),
    };
}

/// <summary>
/// A leaf criterion's test as data: which fact it reads and which values pass. A criterion that has one judges
/// through it (<see cref="Criterion.JudgeByTest"/>), and the screening plan runs the same test over a whole column of
/// applications, so the two cannot disagree. Immutable.
/// </summary>
internal sealed class FactTest
{
    private readonly Form _form;
    private readonly long _low;
    private readonly long _high;
    private readonly long[] _lows;
    private readonly long[] _highs;
    private readonly long[] _rangeLows;
    private readonly long[] _rangeWidths;
    private readonly bool _canBeUnknown;

    private FactTest(Form form, FactColumn column, long low, long high, long[] lows, long[] highs)
    {
        _form = form;
        Column = column;
        _low = low;
        _high = high;
        _lows = lows;
        _highs = highs;
        _canBeUnknown = FactColumns.CanBeUnknown(column);

        // The non-empty ranges as the batch compares them (see BetweenMatch): each low, and its width with the sign
        // bit flipped.
        int[] ranges = [.. Enumerable.Range(0, lows.Length).Where(i => lows[i] <= highs[i])];
        _rangeLows = [.. ranges.Select(i => lows[i])];
        _rangeWidths = [.. ranges.Select(i => BetweenMatch.Width(lows[i], highs[i]))];
    }

    private enum Form
    {
        Always,
        Between,
        AnyBit,
        InAnyRange,
    }

    /// <summary>The test every application passes, whatever it states.</summary>
    public static FactTest Always { get; } = new(Form.Always, FactColumn.KindBit, 0, 0, [], []);

    /// <summary>The column the test reads.</summary>
    public FactColumn Column { get; }

    /// <summary>Whether every application passes, without reading a fact.</summary>
    public bool IsAlways => _form == Form.Always;

    /// <summary>Passes a value from <paramref name="low"/> to <paramref name="high"/>, both included.</summary>
    public static FactTest Between(FactColumn column, long low, long high) =>
        new(Form.Between, column, low, high, [], []);

    /// <summary>Passes a value sharing a bit with <paramref name="mask"/>.</summary>
    public static FactTest AnyBit(FactColumn column, long mask) => new(Form.AnyBit, column, mask, 0, [], []);

    /// <summary>Passes a value from one of the <paramref name="lows"/> to the high beside it, both included.</summary>
    public static FactTest InAnyRange(FactColumn column, long[] lows, long[] highs) => new(Form.InAnyRange, column, 0, 0, lows, highs);

    /// <summary>Whether a known value passes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Passes(long value)
    {
        switch (_form)
        {
            case Form.Between:
                return value >= _low && value <= _high;
            case Form.AnyBit:
                return (value & _low) != 0;
            case Form.InAnyRange:
                for (int i = 0; i < _lows.Length; i++)
                {
                    if (value >= _lows[i] && value <= _highs[i])
                    {
                        return true;
                    }
                }

                return false;
            default:
                return true;
        }
    }

    /// <summary>
    /// Runs the test over a column of values, four at a time: bit <c>i</c> of <paramref name="pass"/> is set where
    /// value <c>i</c> is known and passes, of <paramref name="fail"/> where it is known and fails.
    /// </summary>
    /// <param name="column">The values; a multiple of four long, at most 64 per word of the planes. Bits past its end are
    /// clear in both planes.</param>
    /// <param name="pass">One word per 64 values.</param>
    /// <param name="fail">One word per 64 values.</param>
    public void Run(ReadOnlySpan<long> column, Span<ulong> pass, Span<ulong> fail)
    {
        switch (_form)
        {
            case Form.Always:
                for (int word = 0; word < pass.Length; word++)
                {
                    pass[word] = InColumn(column.Length - (word * 64));
                    fail[word] = 0;
                }

                break;
            case Form.Between when _low <= _high:
                Run(new BetweenMatch(_low, _high), column, pass, fail);
                break;
            case Form.Between:
                Run(new AnyBitMatch(0), column, pass, fail); // an empty range: no value shares a bit with none
                break;
            case Form.AnyBit:
                Run(new AnyBitMatch(_low), column, pass, fail);
                break;
            default:
                Run(new AnyRangeMatch(_rangeLows, _rangeWidths), column, pass, fail);
                break;
        }
    }

    // One loop for every form: the JIT compiles it once per match struct, with the match's compare inlined. Unchecked:
    // the indices stay below the column's length, a multiple of four (checked once), so nothing overflows.
    private void Run<TMatch>(TMatch match, ReadOnlySpan<long> column, Span<ulong> pass, Span<ulong> fail)
        where TMatch : struct, IMatch
    {
        Preconditions.CheckArgument((column.Length & 3) == 0 && column.Length <= pass.Length * 64 && fail.Length == pass.Length, nameof(column), "Not a multiple of four values, or longer than the planes.");
        unchecked
        {
            Vector256<long> unknown = Vector256.Create(FactColumns.Unknown);
            ref long first = ref MemoryMarshal.GetReference(column);
            for (int word = 0; word < pass.Length; word++)
            {
                int start = word * 64;
                int end = Math.Min(start + 64, column.Length);
                ulong missed = 0;
                ulong known = InColumn(column.Length - start);
                if (_canBeUnknown)
                {
                    ulong missing = 0;
                    for (int i = start; i < end; i += 4)
                    {
                        Vector256<long> v = Vector256.LoadUnsafe(ref first, (nuint)i);
                        missed |= (ulong)match.Miss(v).ExtractMostSignificantBits() << (i & 63);
                        missing |= (ulong)Vector256.Equals(v, unknown).ExtractMostSignificantBits() << (i & 63);
                    }

                    known &= ~missing;
                }
                else
                {
                    for (int i = start; i < end; i += 4)
                    {
                        missed |= (ulong)match.Miss(Vector256.LoadUnsafe(ref first, (nuint)i)).ExtractMostSignificantBits() << (i & 63);
                    }
                }

                pass[word] = ~missed & known;
                fail[word] = missed & known;
            }
        }
    }

    /// <summary>The bits of a word that hold values, where <paramref name="left"/> values are left in the column.</summary>
    private static ulong InColumn(int left) => left >= 64 ? ulong.MaxValue : left <= 0 ? 0 : (1UL << left) - 1;

    /// <summary>
    /// A test's compare of four values at once, marking the values that fail: each form's compare is one instruction
    /// shorter that way round on x86 (it has no "at most" for whole vectors of longs), and the pass bits are the
    /// complement, taken once per word.
    /// </summary>
    private interface IMatch
    {
        /// <summary>All ones in the lanes whose value fails (as a known value).</summary>
        Vector256<long> Miss(Vector256<long> v);
    }

    /// <summary>
    /// From low to high (low at most high): v is in the range exactly when v − low, read as unsigned, is at most
    /// high − low, both computed with wrap-around; unsigned order is signed order with the sign bit flipped. One
    /// compare instead of two.
    /// </summary>
    private readonly struct BetweenMatch(long low, long high) : IMatch
    {
        private readonly Vector256<long> _low = Vector256.Create(low);
        private readonly Vector256<long> _width = Vector256.Create(Width(low, high));

        /// <summary>The width of a range, high − low with wrap-around, with the sign bit flipped for the signed compare.</summary>
        public static long Width(long low, long high) => unchecked(high - low) ^ long.MinValue;

        public Vector256<long> Miss(Vector256<long> v) => Outside(v, _low, _width);

        /// <summary>All ones in the lanes of <paramref name="v"/> outside the range from <paramref name="low"/> with the flipped <paramref name="width"/>.</summary>
        public static Vector256<long> Outside(Vector256<long> v, Vector256<long> low, Vector256<long> width) =>
            Vector256.GreaterThan((v - low) ^ Vector256.Create(long.MinValue), width);
    }

    private readonly struct AnyBitMatch(long mask) : IMatch
    {
        private readonly Vector256<long> _mask = Vector256.Create(mask);

        public Vector256<long> Miss(Vector256<long> v) => Vector256.Equals(v & _mask, Vector256<long>.Zero);
    }

    /// <summary>
    /// In one of the ranges: missed where every range misses, each compared as by <see cref="BetweenMatch"/>. The
    /// ranges are the test's non-empty ones, as lows and flipped widths of the same length.
    /// </summary>
    private readonly struct AnyRangeMatch(long[] lows, long[] widths) : IMatch
    {
        public Vector256<long> Miss(Vector256<long> v)
        {
            Vector256<long> miss = Vector256<long>.AllBitsSet;
            ref long low = ref MemoryMarshal.GetArrayDataReference(lows);
            ref long width = ref MemoryMarshal.GetArrayDataReference(widths);
            for (int i = 0; i < lows.Length; i++)
            {
                miss &= BetweenMatch.Outside(v, Vector256.Create(Unsafe.Add(ref low, i)), Vector256.Create(Unsafe.Add(ref width, i)));
            }

            return miss;
        }
    }
}
