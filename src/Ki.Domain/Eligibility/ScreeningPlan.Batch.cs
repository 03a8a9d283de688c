using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Ki.Domain.Applications;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>The screening plan's batches: facts in columns, tests over columns, outcomes in bit planes.</summary>
public sealed partial class ScreeningPlan
{
    private readonly BatchProgram _program;

    /// <summary>
    /// Screens the first <paramref name="chunk"/> (at most <see cref="BatchProgram.Chunk"/>) of <paramref name="rest"/>,
    /// the applications from this chunk to the end of the batch, with the caller's scratch space.
    /// </summary>
    /// <returns>How many were screened: <paramref name="chunk"/>, or the index in the chunk of the first application
    /// that is null or for another line or year (the caller throws for it; the outcomes before it are written).</returns>
    private int ScreenChunk(ReadOnlySpan<Application> rest, int chunk, Span<EligibilityOutcome> outcomes, Span<long> columns, Span<ulong> planes)
    {
        // Every index below is under the chunk size (256), so nothing here can overflow: unchecked, the loops carry no
        // overflow tests (the project checks arithmetic everywhere else).
        unchecked
        {
            Preconditions.CheckArgument(chunk <= BatchProgram.Chunk && chunk <= rest.Length && outcomes.Length >= chunk, nameof(chunk), "Outside the chunk.");
            Preconditions.CheckArgument(columns.Length == BatchProgram.Columns * BatchProgram.Chunk && planes.Length == BatchProgram.Planes * BatchProgram.Words, nameof(columns), "The scratch space is not a chunk's.");
            ReadOnlySpan<Application> applications = rest[..chunk];
            BatchProgram program = _program;
            string lineId = Rules.LineId;
            ref long row = ref MemoryMarshal.GetReference(columns);
            int count = applications.Length;
            for (int i = 0; i < applications.Length; i++)
            {
                if (i + PrefetchApplication < rest.Length)
                {
                    // Hint the memory of applications further on, so that reading them does not wait on it: the
                    // application itself first, its applicant (whose address is in the application) later.
                    CachePrefetch.Object(rest[i + PrefetchApplication], ApplicationLines);
                    CachePrefetch.Object(rest[i + PrefetchApplicant]?.Applicant, ApplicantLines);
                }

                Application application = applications[i];
                if (application is null || application.FiscalYear != Year
                    || (!ReferenceEquals(application.LineId, lineId) && !string.Equals(application.LineId, lineId, StringComparison.Ordinal)))
                {
                    count = i; // the applications before it are screened, then the error is thrown, as one by one
                    break;
                }

                Territory territory = Territory.Of(application.Applicant, _gazetteer);

                // As the evaluator: an application the validator rejects, or whose applicant contradicts the
                // gazetteer, is never eligible (refused).
                long status = (ApplicationValidator.IsWellFormed(application) && territory.Contradiction is null ? 0 : BatchProgram.Refused)
                    | (territory.KeyMissing ? BatchProgram.KeyMissing : 0);
                var input = new EvaluationInput(application, _version, _asOf, territory, null, noting: null);
                BatchProgram.Read(in input, status, ref Unsafe.Add(ref row, i));
            }

            int padded = (count + 3) & ~3; // the tests read four values at a time
            int words = (count + 63) >> 6;
            Span<ulong> pass = planes.Slice(2 * BatchProgram.Words, words);
            Span<ulong> fail = planes.Slice(3 * BatchProgram.Words, words);
            for (int i = count; i < padded; i++)
            {
                BatchProgram.Pad(columns, i);
            }

            Span<ulong> refused = planes[..words];
            Span<ulong> keyMissing = planes.Slice(BatchProgram.Words, words);
            Span<ulong> open = planes.Slice(4 * BatchProgram.Words, words);
            BatchProgram.StatusPlanes(columns[(FactColumns.Count * BatchProgram.Chunk)..][..padded], refused, keyMissing);
            for (int w = 0; w < words; w++)
            {
                open[w] = ~refused[w]; // a refused application is never judged, as by the evaluator
            }

            Evaluate(program.Root, applications[..count], columns, padded, pass, fail, open);
            ref EligibilityOutcome outcome = ref MemoryMarshal.GetReference(outcomes);
            for (int w = 0; w < words; w++)
            {
                // Refused or failed is not eligible; passed (and neither) is eligible unless the key is missing;
                // neither passed nor failed is undetermined. Eligible is 1, not eligible 2, undetermined 3.
                ulong no = refused[w] | fail[w];
                ulong yes = pass[w] & ~no & ~keyMissing[w];
                int end = Math.Min(64, count - (w << 6));
                ref int at = ref Unsafe.As<EligibilityOutcome, int>(ref Unsafe.Add(ref outcome, w << 6));
                int b = 0;
                for (; b + 8 <= end; b += 8)
                {
                    // Eight at a time: each lane tests its own bit of the byte, and 3 + (−1 if no) + 2 × (−1 if yes).
                    Vector256<int> noLanes = Vector256.Equals(Vector256.Create((int)(no >> b) & 0xFF) & OutcomeLanes, OutcomeLanes);
                    Vector256<int> yesLanes = Vector256.Equals(Vector256.Create((int)(yes >> b) & 0xFF) & OutcomeLanes, OutcomeLanes);
                    (Vector256.Create(3) + noLanes + yesLanes + yesLanes).StoreUnsafe(ref at, (nuint)b);
                }

                for (; b < end; b++)
                {
                    Unsafe.Add(ref at, b) = 3 - (int)((no >> b) & 1) - (2 * (int)((yes >> b) & 1));
                }
            }

            return count;
        }
    }

    /// <summary>The bit of each of eight lanes, for writing eight outcomes from a byte of bits.</summary>
    private static Vector256<int> OutcomeLanes => Vector256.Create(1, 2, 4, 8, 16, 32, 64, 128);

    /// <summary>How many applications ahead the screening hints an application's memory.</summary>
    private const int PrefetchApplication = 16;

    /// <summary>How many applications ahead the screening hints an applicant's memory (its application's is in by then).</summary>
    private const int PrefetchApplicant = 8;

    /// <summary>
    /// The cache lines, from its first field, that hold what the screening reads of an application (its receipt is
    /// declared beside its amount and year for that: see <see cref="Application.Submitted"/>'s declaration).
    /// </summary>
    private const int ApplicationLines = 2;

    /// <summary>The cache lines, from its first field, that hold what the screening reads of an applicant.</summary>
    private const int ApplicantLines = 2;

    /// <summary>
    /// Sets the bits of the applications a node passes and fails. Only the applications whose bit is set in
    /// <paramref name="open"/> need an answer: all stops asking for an application at its first failing part and any at
    /// its first passing one, so a criterion judged one by one is not asked where the outcome is settled (its bits stay
    /// clear there, which does not change the settled outcome).
    /// </summary>
    [SkipLocalsInit] // each part writes its planes before they are read
    private void Evaluate(BatchNode node, ReadOnlySpan<Application> applications, ReadOnlySpan<long> columns, int padded, Span<ulong> pass, Span<ulong> fail, ReadOnlySpan<ulong> open)
    {
        switch (node.Kind)
        {
            case BatchNodeKind.Test:
                FactTest test = node.Test!;
                test.Run(columns.Slice((int)test.Column * BatchProgram.Chunk, padded), pass, fail);
                return;
            case BatchNodeKind.Judge:
                JudgeEach(node.Criterion!, applications, pass, fail, open);
                return;
            case BatchNodeKind.Not:
                Evaluate(node.Parts[0], applications, columns, padded, fail, pass, open); // a pass of the part is a fail of the not
                return;
        }

        // All passes where every part passes and fails where one fails; any the other way round.
        bool all = node.Kind == BatchNodeKind.All;
        pass.Fill(all ? ulong.MaxValue : 0);
        fail.Fill(all ? 0 : ulong.MaxValue);
        Span<ulong> partPlanes = stackalloc ulong[3 * BatchProgram.Words];
        Span<ulong> partPass = partPlanes[..pass.Length];
        Span<ulong> partFail = partPlanes.Slice(BatchProgram.Words, pass.Length);
        Span<ulong> partOpen = partPlanes.Slice(2 * BatchProgram.Words, pass.Length);
        open.CopyTo(partOpen);
        foreach (BatchNode part in node.Parts)
        {
            Evaluate(part, applications, columns, padded, partPass, partFail, partOpen);
            for (int w = 0; w < pass.Length; w++)
            {
                (pass[w], fail[w]) = all ? (pass[w] & partPass[w], fail[w] | partFail[w]) : (pass[w] | partPass[w], fail[w] & partFail[w]);
                partOpen[w] &= ~(all ? fail[w] : pass[w]); // settled: no later part is asked
            }
        }
    }

    /// <summary>Judges a criterion that has no column test one application at a time, where an answer is needed.</summary>
    private void JudgeEach(Criterion criterion, ReadOnlySpan<Application> applications, Span<ulong> pass, Span<ulong> fail, ReadOnlySpan<ulong> open)
    {
        pass.Clear();
        fail.Clear();
        for (int i = 0; i < applications.Length; i++)
        {
            ulong bit = 1UL << i;
            if ((open[i >> 6] & bit) == 0)
            {
                continue; // refused, or settled by an earlier part
            }

            Application application = applications[i];
            var input = new EvaluationInput(application, _version, _asOf, Territory.Of(application.Applicant, _gazetteer), null, noting: null);
            switch (criterion.Decide(in input))
            {
                case CriterionOutcome.Pass:
                    pass[i >> 6] |= bit;
                    break;
                case CriterionOutcome.Fail:
                    fail[i >> 6] |= bit;
                    break;
            }
        }
    }

    /// <summary>The kinds of node of a batch program.</summary>
    private enum BatchNodeKind
    {
        Test,
        Judge,
        All,
        Any,
        Not,
    }

    /// <summary>One node of a batch program: a column test, a criterion judged one by one, or a combination.</summary>
    private sealed class BatchNode(BatchNodeKind kind, FactTest? test, Criterion? criterion, ImmutableArray<BatchNode> parts)
    {
        public BatchNodeKind Kind { get; } = kind;

        public FactTest? Test { get; } = test;

        public Criterion? Criterion { get; } = criterion;

        public ImmutableArray<BatchNode> Parts { get; } = parts;
    }

    /// <summary>The rules as a batch program: a tree of column tests, criteria judged one by one, and all, any and not.</summary>
    private sealed class BatchProgram
    {
        /// <summary>Applications per chunk.</summary>
        public const int Chunk = 256;

        /// <summary>Words of a bit plane.</summary>
        public const int Words = Chunk / 64;

        /// <summary>The bit planes of a chunk: refused, key missing, pass, fail, and still open.</summary>
        public const int Planes = 5;

        /// <summary>The columns of a chunk: the facts, then each application's status (<see cref="Refused"/>, <see cref="KeyMissing"/>).</summary>
        public const int Columns = FactColumns.Count + 1;

        /// <summary>The status bit of an application that is never eligible: malformed, or contradicting the gazetteer.</summary>
        public const long Refused = 1;

        /// <summary>The status bit of a territorial applicant that states no official key.</summary>
        public const long KeyMissing = 2;

        private BatchProgram(BatchNode root) => Root = root;

        public BatchNode Root { get; }

        public static BatchProgram Of(Criterion root, FundingLineVersion version, FiscalYear year)
        {
            BatchNode Build(Criterion criterion) => criterion switch
            {
                AllCriterion all => Combine(BatchNodeKind.All, all.Parts, parts => new AllCriterion(parts)),
                AnyCriterion any => Combine(BatchNodeKind.Any, any.Parts, parts => new AnyCriterion(parts)),
                NotCriterion not => new BatchNode(BatchNodeKind.Not, null, null, [Build(not.Part)]),
                _ => criterion.MakeTest(version, year) is { } test
                    ? new BatchNode(BatchNodeKind.Test, test, null, [])
                    : new BatchNode(BatchNodeKind.Judge, null, criterion, []),
            };

            // The parts judged one by one go last, as one all (or any) of them: all and any give the same outcome in
            // any order and grouping, and by then the column tests have settled many applications, which are not
            // judged; the rest are judged in one pass, stopping at the part that settles each.
            BatchNode Combine(BatchNodeKind kind, ImmutableArray<Criterion> parts, Func<IEnumerable<Criterion>, Criterion> group)
            {
                BatchNode[] built = [.. parts.Select(Build)];
                Criterion[] judged = [.. built.Where(n => n.Kind == BatchNodeKind.Judge).Select(n => n.Criterion!)];
                BatchNode[] others = [.. built.Where(n => n.Kind != BatchNodeKind.Judge)];
                return judged.Length switch
                {
                    0 or 1 => new BatchNode(kind, null, null, [.. others, .. built.Where(n => n.Kind == BatchNodeKind.Judge)]),
                    _ => new BatchNode(kind, null, null, [.. others, new BatchNode(BatchNodeKind.Judge, null, group(judged), [])]),
                };
            }

            return new BatchProgram(Build(root));
        }

        /// <summary>
        /// Reads every column of one application, and its status, into its row: <paramref name="at"/> is its slot in the
        /// first column, within a span of <see cref="Columns"/> columns of <see cref="Chunk"/> slots each (the caller
        /// checks both, once per chunk).
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void Read(in EvaluationInput input, long status, ref long at)
        {
            // Every column, whether a test reads it or not: checking which would cost more than the reads. The column
            // is a constant in each line, so each read is the inlined switch arm of its column. All are read before
            // any is written, so the application's fields are loaded once (a write could, for all the compiler knows,
            // change them).
            long kind = FactColumns.Read(FactColumn.KindBit, in input);
            long cents = FactColumns.Read(FactColumn.RequestedCents, in input);
            long ticks = FactColumns.Read(FactColumn.SubmittedTicks, in input);
            long seat = FactColumns.Read(FactColumn.Seat, in input);
            long nonProfit = FactColumns.Read(FactColumn.NonProfit, in input);
            long runs = FactColumns.Read(FactColumn.RunsIntegrationCentre, in input);
            Unsafe.Add(ref at, (int)FactColumn.KindBit * Chunk) = kind;
            Unsafe.Add(ref at, (int)FactColumn.RequestedCents * Chunk) = cents;
            Unsafe.Add(ref at, (int)FactColumn.SubmittedTicks * Chunk) = ticks;
            Unsafe.Add(ref at, (int)FactColumn.Seat * Chunk) = seat;
            Unsafe.Add(ref at, (int)FactColumn.NonProfit * Chunk) = nonProfit;
            Unsafe.Add(ref at, (int)FactColumn.RunsIntegrationCentre * Chunk) = runs;
            Unsafe.Add(ref at, FactColumns.Count * Chunk) = status;
        }

        /// <summary>
        /// Reads the status column (a multiple of four slots) into the planes of refused applications and of missing
        /// keys, four slots at a time.
        /// </summary>
        public static void StatusPlanes(ReadOnlySpan<long> status, Span<ulong> refused, Span<ulong> keyMissing)
        {
            Preconditions.CheckArgument((status.Length & 3) == 0 && status.Length <= refused.Length * 64 && keyMissing.Length == refused.Length, nameof(status), "Not a multiple of four slots, or longer than the planes.");
            unchecked
            {
                ref long first = ref MemoryMarshal.GetReference(status);
                for (int word = 0; word < refused.Length; word++)
                {
                    ulong refusedBits = 0;
                    ulong missingBits = 0;
                    for (int i = word * 64; i < Math.Min((word * 64) + 64, status.Length); i += 4)
                    {
                        Vector256<long> v = Vector256.LoadUnsafe(ref first, (nuint)i);
                        refusedBits |= (ulong)Vector256.ShiftLeft(v, 63).ExtractMostSignificantBits() << (i & 63); // bit 0: Refused
                        missingBits |= (ulong)Vector256.ShiftLeft(v, 62).ExtractMostSignificantBits() << (i & 63); // bit 1: KeyMissing
                    }

                    refused[word] = refusedBits;
                    keyMissing[word] = missingBits;
                }
            }
        }

        /// <summary>Fills the slots past a chunk's last application up to a multiple of four.</summary>
        public static void Pad(Span<long> columns, int i)
        {
            for (int column = 0; column < FactColumns.Count; column++)
            {
                columns[(column * Chunk) + i] = FactColumns.Unknown;
            }

            columns[(FactColumns.Count * Chunk) + i] = 0; // no status: the slot holds no application
        }
    }
}
