using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ki.Domain.Applications;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>The screening plan's batches: facts in columns, tests over columns, outcomes in bit planes.</summary>
public sealed partial class ScreeningPlan
{
    private readonly BatchProgram _program;

    /// <summary>Screens up to <see cref="BatchProgram.Chunk"/> applications, with the caller's scratch space.</summary>
    private void ScreenChunk(ReadOnlySpan<Application> applications, Span<EligibilityOutcome> outcomes, Span<long> columns, Span<ulong> planes)
    {
        BatchProgram program = _program;
        string lineId = Rules.LineId;
        Span<ulong> refused = planes[..BatchProgram.Words];
        Span<ulong> keyMissing = planes.Slice(BatchProgram.Words, BatchProgram.Words);
        refused.Clear();
        keyMissing.Clear();
        int count = applications.Length;
        for (int i = 0; i < applications.Length; i++)
        {
            Application application = applications[i];
            if (application is null || application.FiscalYear != Year
                || (!ReferenceEquals(application.LineId, lineId) && !string.Equals(application.LineId, lineId, StringComparison.Ordinal)))
            {
                count = i; // the applications before it are screened, then the error is thrown, as one by one
                break;
            }

            Territory territory = Territory.Of(application.Applicant, _gazetteer);
            ulong bit = 1UL << i;
            if (!ApplicationValidator.IsWellFormed(application) || territory.Contradiction is not null)
            {
                // As the evaluator: an application the validator rejects, or whose applicant contradicts the
                // gazetteer, is never eligible.
                refused[i >> 6] |= bit;
            }

            if (territory.KeyMissing)
            {
                keyMissing[i >> 6] |= bit;
            }

            var input = new EvaluationInput(application, _version, _asOf, territory, null, noting: null);
            BatchProgram.Read(in input, columns, i);
        }

        int padded = (count + 3) & ~3; // the tests read four values at a time
        int words = (count + 63) >> 6;
        Span<ulong> pass = planes.Slice(2 * BatchProgram.Words, words);
        Span<ulong> fail = planes.Slice(3 * BatchProgram.Words, words);
        for (int i = count; i < padded; i++)
        {
            BatchProgram.Pad(columns, i);
        }

        Span<ulong> open = planes.Slice(4 * BatchProgram.Words, words);
        for (int w = 0; w < words; w++)
        {
            open[w] = ~refused[w]; // a refused application is never judged, as by the evaluator
        }

        Evaluate(program.Root, applications[..count], columns, padded, pass, fail, open);
        for (int i = 0; i < count; i++)
        {
            int word = i >> 6;
            int shift = i & 63;
            int index = (int)((refused[word] >> shift) & 1) | (int)(((pass[word] >> shift) & 1) << 1)
                | (int)(((fail[word] >> shift) & 1) << 2) | (int)(((keyMissing[word] >> shift) & 1) << 3);
            outcomes[i] = (EligibilityOutcome)OutcomeOf[index]; // a table, not branches: pass and fail follow the data
        }

        if (count < applications.Length)
        {
            RefuseOtherYearOrLine(Preconditions.CheckNotNull(applications[count], nameof(applications)));
        }
    }

    // The outcome by four bits: refused (1), the rules pass (2), the rules fail (4), the territorial key is missing (8).
    // Refused is never eligible; a pass is eligible unless the key is missing; neither pass nor fail is undetermined.
    private static ReadOnlySpan<byte> OutcomeOf =>
    [
        3, 2, 1, 2, 2, 2, 2, 2,
        3, 2, 3, 2, 2, 2, 2, 2,
    ];

    /// <summary>
    /// Sets the bits of the applications a node passes and fails. Only the applications whose bit is set in
    /// <paramref name="open"/> need an answer: all stops asking for an application at its first failing part and any at
    /// its first passing one, so a criterion judged one by one is not asked where the outcome is settled (its bits stay
    /// clear there, which does not change the settled outcome).
    /// </summary>
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

        /// <summary>Reads every column of application <paramref name="i"/> of a chunk (below <see cref="Chunk"/>).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void Read(in EvaluationInput input, Span<long> columns, int i)
        {
            // Every column, whether a test reads it or not: checking which would cost more than the reads. The column
            // is a constant in each line, so each read is the inlined switch arm of its column; i is below the chunk
            // size and the columns span is six chunks long, which the check below states for the bounds.
            Preconditions.CheckArgument((uint)i < Chunk && columns.Length == FactColumns.Count * Chunk, nameof(i), "Outside the chunk.");
            ref long at = ref Unsafe.Add(ref MemoryMarshal.GetReference(columns), i);
            Unsafe.Add(ref at, (int)FactColumn.KindBit * Chunk) = FactColumns.Read(FactColumn.KindBit, in input);
            Unsafe.Add(ref at, (int)FactColumn.RequestedCents * Chunk) = FactColumns.Read(FactColumn.RequestedCents, in input);
            Unsafe.Add(ref at, (int)FactColumn.SubmittedTicks * Chunk) = FactColumns.Read(FactColumn.SubmittedTicks, in input);
            Unsafe.Add(ref at, (int)FactColumn.Seat * Chunk) = FactColumns.Read(FactColumn.Seat, in input);
            Unsafe.Add(ref at, (int)FactColumn.NonProfit * Chunk) = FactColumns.Read(FactColumn.NonProfit, in input);
            Unsafe.Add(ref at, (int)FactColumn.RunsIntegrationCentre * Chunk) = FactColumns.Read(FactColumn.RunsIntegrationCentre, in input);
        }

        /// <summary>Fills the slots past a chunk's last application up to a multiple of four.</summary>
        public static void Pad(Span<long> columns, int i)
        {
            for (int column = 0; column < FactColumns.Count; column++)
            {
                columns[(column * Chunk) + i] = FactColumns.Unknown;
            }
        }
    }
}
