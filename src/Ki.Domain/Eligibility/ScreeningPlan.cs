using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// A compiled screening plan: a rule set turned into a fixed array of comparisons over pre-extracted facts
/// (<see cref="ScreeningFacts"/>), for deciding many applications of one fiscal year quickly. It gives the same
/// outcome as <see cref="EligibilityEvaluator"/>, without the explanation.
/// </summary>
/// <remarks>
/// <para>
/// Compiling resolves everything that does not depend on the application: the version's kinds, minimum grant, cap,
/// approval period and deadline for the fiscal year, and the as-of date. Nothing is generated as code: the plan is
/// data (an array of steps in postfix order) run by one loop. Use <see cref="EligibilityEvaluator"/> for the decision
/// of record; use a plan to sort thousands of applications first.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class ScreeningPlan
{
    private readonly PlanOp[] _ops;
    private readonly int _depth;
    private readonly bool _flat;
    private readonly int _knownMask;

    private ScreeningPlan(PlanOp[] ops, FiscalYear year, RuleSet rules)
    {
        _ops = ops;
        _flat = ops.Length > 0 && ops[^1].Kind == PlanOpKind.All && ops[^1].Count == ops.Length - 1
            && ops.Take(ops.Length - 1).All(op => op.Kind is not (PlanOpKind.All or PlanOpKind.Any or PlanOpKind.Not));
        foreach (PlanOp op in ops)
        {
            _knownMask |= op.Kind switch
            {
                PlanOpKind.Flag => (int)op.Lo,
                PlanOpKind.SeatIn => ScreeningFacts.SeatKnown,
                PlanOpKind.SubmittedBefore => ScreeningFacts.SubmittedKnown,
                PlanOpKind.DeliveryWithin => ScreeningFacts.DeliveryKnown,
                PlanOpKind.StartNotBefore => ScreeningFacts.StartKnown,
                PlanOpKind.RouteIn => ScreeningFacts.RouteKnown,
                PlanOpKind.OwnShareAtLeast => ScreeningFacts.CostsKnown | ScreeningFacts.OwnKnown,
                _ => 0,
            };
        }
        Year = year;
        Rules = rules;
        int depth = 0;
        int max = 0;
        foreach (PlanOp op in ops)
        {
            depth += op.Kind is PlanOpKind.All or PlanOpKind.Any or PlanOpKind.Not ? 1 - op.Count : 1;
            max = Math.Max(max, depth);
        }

        _depth = Math.Max(max, 1);
    }

    /// <summary>The fiscal year whose applications the plan screens.</summary>
    public FiscalYear Year { get; }

    /// <summary>The rules compiled.</summary>
    public RuleSet Rules { get; }

    /// <summary>The number of steps in the plan.</summary>
    public int StepCount => _ops.Length;

    /// <summary>Compiles rules for the applications of one fiscal year, decided on one date.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="version">The funding line version the rules belong to.</param>
    /// <param name="asOf">The date of the decisions.</param>
    /// <param name="year">The fiscal year of the applications.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or <paramref name="version"/> is null.</exception>
    /// <exception cref="ArgumentException">The version's first day is not the rules' version start, or the version
    /// breaks its own rules.</exception>
    public static ScreeningPlan Compile(RuleSet rules, FundingLineVersion version, LocalDate asOf, FiscalYear year)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(version);
        Preconditions.CheckArgument(rules.IsFor(rules.LineId, version), nameof(version), "The version is not the one the rules belong to.");
        var compiler = new PlanCompiler(version, asOf, year);
        rules.Root.Compile(compiler);
        return new ScreeningPlan(compiler.ToArray(), year, rules);
    }

    /// <summary>Screens one application.</summary>
    /// <param name="facts">The application's facts.</param>
    /// <returns>The outcome, the same as the evaluator's.</returns>
    /// <exception cref="ArgumentException">The facts are of another fiscal year than the plan's.</exception>
    public EligibilityOutcome Screen(in ScreeningFacts facts)
    {
        Span<byte> stack = stackalloc byte[_depth];
        return Run(in facts, stack);
    }

    /// <summary>Screens many applications.</summary>
    /// <param name="facts">The applications' facts.</param>
    /// <param name="outcomes">Receives one outcome per application; at least as long as <paramref name="facts"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="outcomes"/> is too short, or facts are of another fiscal year than the plan's.</exception>
    public void Screen(ReadOnlySpan<ScreeningFacts> facts, Span<EligibilityOutcome> outcomes)
    {
        Preconditions.CheckArgument(outcomes.Length >= facts.Length, nameof(outcomes), "The outcome span is shorter than the facts.");
        Span<byte> stack = stackalloc byte[_depth];
        for (int i = 0; i < facts.Length; i++)
        {
            outcomes[i] = Run(in facts[i], stack);
        }
    }

    private EligibilityOutcome Run(in ScreeningFacts f, Span<byte> stack)
    {
        if (f.FiscalYear != Year.Year)
        {
            throw new ArgumentException($"The plan screens fiscal year {Year}, but an application is for {f.FiscalYear}.", nameof(f));
        }

        if ((f.Flags & ScreeningFacts.IllFormed) != 0)
        {
            // As the evaluator: an application the validator rejects, or one that contradicts the gazetteer, is never eligible.
            return EligibilityOutcome.NotEligible;
        }

        EligibilityOutcome outcome = RunCriteria(in f, stack);
        return outcome == EligibilityOutcome.Eligible && (f.Flags & ScreeningFacts.KeyMissing) != 0 ? EligibilityOutcome.Undetermined : outcome;
    }

    private EligibilityOutcome RunCriteria(in ScreeningFacts f, Span<byte> stack)
    {
        PlanOp[] ops = _ops;
        if (_flat && (f.Flags & _knownMask) == _knownMask)
        {
            // All of simple criteria and every fact they need is known: no answer can be unknown, so the first
            // failure decides the outcome (the explaining evaluator still reports every criterion).
            for (int i = 0; i < ops.Length - 1; i++)
            {
                if (Leaf(in ops[i], in f) != Pass)
                {
                    return EligibilityOutcome.NotEligible;
                }
            }

            return EligibilityOutcome.Eligible;
        }

        if (_flat)
        {
            // All of simple criteria: no stack; a failure decides, otherwise an unknown does.
            bool failed = false;
            bool unknown = false;
            for (int i = 0; i < ops.Length - 1; i++)
            {
                byte answer = Leaf(in ops[i], in f);
                failed |= answer == Fail;
                unknown |= answer == Unknown;
            }

            return failed ? EligibilityOutcome.NotEligible : unknown ? EligibilityOutcome.Undetermined : EligibilityOutcome.Eligible;
        }

        int top = 0;
        for (int i = 0; i < ops.Length; i++)
        {
            ref readonly PlanOp op = ref ops[i];
            byte answer = op.Kind switch
            {
                PlanOpKind.Not => stack[--top] switch { Pass => Fail, Fail => Pass, _ => Unknown },
                PlanOpKind.All or PlanOpKind.Any => Combine(stack, ref top, op.Count, op.Kind == PlanOpKind.All),
                _ => Leaf(in op, in f),
            };
            stack[top++] = answer;
        }

        return (EligibilityOutcome)stack[0];
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static byte Leaf(in PlanOp op, in ScreeningFacts f)
    {
        byte answer;
        switch (op.Kind)
        {
            case PlanOpKind.Constant:
                answer = (byte)op.Lo;
                break;
            case PlanOpKind.KindIn:
                answer = (op.Lo & f.KindBit) != 0 ? Pass : Fail;
                break;
            case PlanOpKind.Flag:
                answer = (f.Flags & op.Lo) == 0 ? Unknown : (f.Flags & op.Hi) != 0 ? Pass : Fail;
                break;
            case PlanOpKind.SeatIn:
                answer = (f.Flags & ScreeningFacts.SeatKnown) == 0 ? Unknown
                    : ((ulong)f.Region < 64 && (op.Lo & (1L << f.Region)) != 0)
                        || (op.Districts!.Length > 0 && Array.IndexOf(op.Districts, f.District) >= 0)
                        || (op.Hi != 0 && Array.IndexOf(op.Regions!, f.Region) >= 0) ? Pass : Fail;
                break;
            case PlanOpKind.SubmittedBefore:
                answer = (f.Flags & ScreeningFacts.SubmittedKnown) == 0 ? Unknown : f.Submitted < op.Lo ? Pass : Fail;
                break;
            case PlanOpKind.DeliveryWithin:
                answer = (f.Flags & ScreeningFacts.DeliveryKnown) == 0 ? Unknown
                    : op.Lo <= f.DeliveryStart && f.DeliveryEnd <= op.Hi ? Pass : Fail;
                break;
            case PlanOpKind.StartNotBefore:
                answer = (f.Flags & ScreeningFacts.Continues) != 0 ? Pass
                    : (f.Flags & ScreeningFacts.StartKnown) == 0 ? Unknown
                    : f.Start >= op.Lo ? Pass : Fail;
                break;
            case PlanOpKind.RequestedWithin:
                answer = f.Requested >= op.Lo && f.Requested <= op.Hi ? Pass : Fail;
                break;
            case PlanOpKind.OwnShareAtLeast:
                answer = (f.Flags & (ScreeningFacts.CostsKnown | ScreeningFacts.OwnKnown)) != (ScreeningFacts.CostsKnown | ScreeningFacts.OwnKnown) ? Unknown
                    : OwnContributionCriterion.Meets(f.Own, f.Costs, op.Lo) ? Pass : Fail;
                break;
            case PlanOpKind.RouteIn:
                answer = (f.Flags & ScreeningFacts.RouteKnown) == 0 ? Unknown : (op.Lo & f.RouteBit) != 0 ? Pass : Fail;
                break;
            default:
                throw new InvalidOperationException($"The step {op.Kind} is not a simple comparison.");
        }

        return answer;
    }

    private static byte Combine(Span<byte> stack, ref int top, int count, bool all)
    {
        int passed = 0;
        int failed = 0;
        for (int k = 0; k < count; k++)
        {
            byte b = stack[--top];
            passed += b == Pass ? 1 : 0;
            failed += b == Fail ? 1 : 0;
        }

        return all
            ? (failed > 0 ? Fail : passed == count ? Pass : Unknown)
            : (passed > 0 ? Pass : failed == count ? Fail : Unknown);
    }

    private const byte Pass = (byte)EligibilityOutcome.Eligible;
    private const byte Fail = (byte)EligibilityOutcome.NotEligible;
    private const byte Unknown = (byte)EligibilityOutcome.Undetermined;
}
