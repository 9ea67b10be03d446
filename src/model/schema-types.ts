/* Generated from schemas/*.schema.json by scripts/gen-types.mjs: do not edit; run npm run gen:types. */

// ---- plan.schema.json ----
export namespace PlanTypes {
  /**
   * The schema this file follows. Usually set by the yaml-language-server comment on the first line instead.
   */
  export type Schema = string;
  /**
   * A short, stable identifier for this plan, unique within the repository, for example southend-learning-2017-18. Used by --plan filters and in reports.
   */
  export type PlanId = string;
  /**
   * The id of the council this plan belongs to, matching the id in the council register (council.yaml) in the same folder, for example southend.
   */
  export type Council = string;
  /**
   * The council's name as printed on the plan, for example 'Southend-on-Sea Borough Council'.
   */
  export type CouncilName = string;
  /**
   * The service or service area the plan covers, for example 'Learning' or 'School Improvement and Inclusion'.
   */
  export type Service = string;
  /**
   * The plan's title as printed, for example 'Learning Service Plan 2017-18'.
   */
  export type Title = string;
  /**
   * What the document is: a service plan (the default), a strategy with its action plan, or a progress or performance report made against a plan.
   */
  export type KindOfDocument =
    'service-plan' | 'strategy' | 'progress-report' | 'performance-report' | 'improvement-plan';
  /**
   * The years the plan covers. A fiscal year is written 2017/18; several years as 2016/17-2019/20. A period that is not made of fiscal years can be given as start and end dates.
   */
  export type PlanPeriod =
    | string
    | {
        start: Start;
        end: End;
        label?: Label;
      };
  /**
   * First day of the period.
   */
  export type Start = string;
  /**
   * Last day of the period.
   */
  export type End = string;
  /**
   * How the document names the period, for example '2013 – 2016'.
   */
  export type Label = string;
  /**
   * The document's version label, as the council writes it, for example '17/18 LSP V 7 EB 24.2.17'.
   */
  export type Version = string | number;
  /**
   * Where the plan is in its life: draft (still being written or awaiting sign-off), published (signed off), superseded or archived.
   */
  export type Status = 'draft' | 'published' | 'superseded' | 'archived';
  /**
   * The date the plan was published or signed off, as 2017-04-01. Leave out while it is a draft.
   */
  export type PublicationDate = string;
  /**
   * The date printed on the document (a report's meeting date, a plan's preparation date), as 2016-03-18.
   */
  export type DocumentDate = string;
  /**
   * When the plan is next due for review. plan lint warns once this date has passed.
   */
  export type ReviewDate = string;
  /**
   * The source document's title.
   */
  export type Title1 = string;
  /**
   * A reference for the source, for example its file or appendix number.
   */
  export type DocumentReference = string;
  /**
   * The part of the source this plan comes from, for example 'Appendix 4, service plan 5'.
   */
  export type Section = string;
  /**
   * Who published the source.
   */
  export type Publisher = string;
  /**
   * The source's date.
   */
  export type Date = string;
  /**
   * Anything a reader should know about the source or the transcription.
   */
  export type Notes = string | string[];
  /**
   * A role and who holds it.
   */
  export type Role = Role1 & Role2;
  export type Role1 =
    | {
        name: unknown;
      }
    | {
        vacant: true;
      };
  /**
   * The role as the council names it, for example 'Service Director', 'Portfolio Holder' or 'Cabinet Member'.
   */
  export type Role3 = string;
  /**
   * Who holds the role.
   */
  export type Name = string;
  /**
   * true when the post has no holder, for example a vacant Head of Service; then name may be left out.
   */
  export type Vacant = boolean;
  /**
   * The person's full job title where the document gives it.
   */
  export type JobTitle = string;
  /**
   * Anything more, for example 'interim'.
   */
  export type Note = string;
  /**
   * The people who lead, sign off or answer for the plan: service director, head of service, chief executive, portfolio holder or cabinet member, report author.
   */
  export type LeadershipAndSignOff = Role[];
  /**
   * Who the document is for: the committee, cabinet or board that receives it.
   */
  export type Audience = string | string[];
  /**
   * A short introduction to the service and the context of the plan.
   */
  export type Overview = string;
  /**
   * The vision or ambition the plan works towards, in the council's words.
   */
  export type Vision = string;
  /**
   * The key themes or priorities for the period, in a few words each.
   */
  export type KeyThemes = string | string[];
  /**
   * The statutes and statutory guidance the service works under, for example the Children and Families Act 2014.
   */
  export type Legislation = string | string[];
  /**
   * A short id for the team.
   */
  export type Id = string;
  /**
   * The team's name.
   */
  export type Name1 = string;
  /**
   * Who leads the team.
   */
  export type Lead = Person | [Person, ...Person[]];
  /**
   * A person's name as the council writes it, for example 'Brin Martin'. Where a council register (council.yaml) lists people, the name should match one of them.
   */
  export type Person = string;
  /**
   * The lead's job title.
   */
  export type LeadSRole = string;
  /**
   * What the team does, in brief.
   */
  export type Description = string;
  /**
   * The team's main functions.
   */
  export type Responsibilities = string | string[];
  /**
   * The teams or sub-services that make up the service, each with its lead and what it does.
   */
  export type TeamsAndSubServices = Team[];
  /**
   * A short id that actions use to name this section, for example basic-need.
   */
  export type Id1 = string;
  /**
   * The section heading, for example 'Basic Need'.
   */
  export type Title2 = string;
  /**
   * What the section covers.
   */
  export type Description1 = string;
  /**
   * Named sections inside the plan that group actions, such as 'Basic Need' or 'Asset Management'. Actions refer to a section by its id.
   */
  export type Sections = Section1[];
  /**
   * Full-time equivalent posts, or tbc where the source leaves it blank.
   */
  export type FTE = number | ToBeConfirmed;
  /**
   * Not yet decided or not given in the source.
   */
  export type ToBeConfirmed = 'tbc';
  /**
   * Number of staff, or tbc where the source leaves it blank.
   */
  export type Headcount = number | ToBeConfirmed;
  /**
   * The year or date the figures are for.
   */
  export type AsAt = string;
  /**
   * The source's own wording where it says more than the numbers, for example 'Currently within School Admissions & Pupil Placements'.
   */
  export type AsWritten = string;
  /**
   * What the line is, for example 'Controllable budget' or 'Strategic Leadership'.
   */
  export type Name2 = string;
  /**
   * The kind of budget line.
   */
  export type Kind =
    | 'controllable'
    | 'base'
    | 'dsg'
    | 'non-dsg'
    | 'traded-income'
    | 'grant'
    | 'expenditure'
    | 'income'
    | 'bottom-line'
    | 'contract'
    | 'other';
  /**
   * The amount in pounds, or tbc where the source leaves it blank or unreadable.
   */
  export type Amount = number | ToBeConfirmed;
  /**
   * The fiscal year the amount is for, for example 2016/17.
   */
  export type Year = string;
  /**
   * How often the amount recurs, for example per annum for a contract.
   */
  export type Recurrence = 'once' | 'annual';
  /**
   * The source's own wording where it says more than the number, or where the number as printed is malformed.
   */
  export type AsWritten1 = string;
  /**
   * Anything a reader should know.
   */
  export type Note1 = string;
  /**
   * Budget lines for the service: controllable budget, base budget, DSG and non-DSG funding, traded income, expenditure, income and bottom line.
   */
  export type Budget = BudgetLine[];
  /**
   * The unit of the figures: £ or £000.
   */
  export type Unit = '£' | '£000';
  /**
   * The savings scheme.
   */
  export type Scheme = string;
  /**
   * The total as the source states it; plan lint checks it against the years.
   */
  export type Total = number;
  /**
   * service when the target is the service's own; directorate when it is set for the whole directorate.
   */
  export type Scope = 'service' | 'directorate';
  /**
   * Each savings scheme with its amounts per year.
   */
  export type Schemes = {
    name: Scheme;
    byYear: AmountsByYear;
    total?: Total;
    scope?: Scope;
  }[];
  /**
   * The grand total as the source states it.
   */
  export type GrandTotal = number;
  /**
   * Anything a reader should know.
   */
  export type Note2 = string;
  /**
   * A short id.
   */
  export type Id2 = string;
  /**
   * What the figure is, for example 'Average days sickness per FTE'.
   */
  export type Name3 = string;
  /**
   * The figure.
   */
  export type Value = number;
  /**
   * What the number counts.
   */
  export type Unit1 = 'percent' | 'number' | 'days' | 'weeks' | 'score' | 'currency' | 'ratio' | 'rate' | 'fte';
  /**
   * The year or date the figure is for.
   */
  export type Period = string;
  /**
   * Anything a reader should know.
   */
  export type Note3 = string;
  /**
   * Other figures the plan states about the service, such as sickness absence, staff turnover or appraisal completion.
   */
  export type KeyServiceStatistics = Statistic[];
  /**
   * The objective's code, for example AC1 or P1.
   */
  export type Id3 = string;
  /**
   * What the document calls it.
   */
  export type Kind1 =
    | 'objective'
    | 'outcome'
    | 'proposal'
    | 'priority'
    | 'corporate-action'
    | 'enabling-action'
    | 'key-action'
    | 'theme'
    | 'strand';
  /**
   * The objective in a short phrase.
   */
  export type Title3 = string;
  /**
   * The objective in more detail.
   */
  export type Description2 = string;
  /**
   * What the service will do towards this objective during the plan's first year.
   */
  export type ThisYearWeWill = string | string[];
  /**
   * When the objective should be achieved, for example 2018/19.
   */
  export type Due = DateOrFiscalYear | Ongoing | ToBeConfirmed1;
  /**
   * A day (2018-03-31), a month (2016-06) or a fiscal year (2018/19, which counts as its last day when something is due).
   */
  export type DateOrFiscalYear = string;
  /**
   * Open-ended: never overdue.
   */
  export type Ongoing = 'ongoing';
  /**
   * No date set yet.
   */
  export type ToBeConfirmed1 = 'tbc';
  /**
   * Who leads on the objective.
   */
  export type Lead1 = Person | [Person, ...Person[]];
  /**
   * The id of a broader objective in this plan that this one serves.
   */
  export type PartOf = string;
  /**
   * The id of the council priority (from council.yaml) this objective serves, a list of them, or tbc.
   */
  export type CorporatePriority = Codes | ToBeConfirmed;
  /**
   * One code, or a list of codes.
   */
  export type Codes = Code | Code[];
  /**
   * The item's code as the council writes it, for example 'LS 1718 05', 'AC1 CSI1' or 'DP PI 07'. Unique within the plan.
   */
  export type Code = string;
  /**
   * One code, or a list of codes.
   */
  export type Codes1 = Code | Code[];
  /**
   * One code, or a list of codes.
   */
  export type Codes2 = Code | Code[];
  /**
   * One code, or a list of codes.
   */
  export type Codes3 = Code | Code[];
  /**
   * One code, or a list of codes.
   */
  export type Codes4 = Code | Code[];
  /**
   * One code, or a list of codes.
   */
  export type Codes5 = Code | Code[];
  /**
   * When the update was made or what it reports as at: 2015-12-07, or a month as 2016-02.
   */
  export type Date1 = string;
  /**
   * Where the work stands at this date.
   */
  export type Status1 =
    'not-started' | 'in-progress' | 'on-track' | 'at-risk' | 'off-track' | 'on-hold' | 'complete' | 'cancelled';
  /**
   * The red, amber or green rating reported at this date.
   */
  export type RAG = 'red' | 'amber' | 'green';
  /**
   * How far through the work is, from 0 to 100.
   */
  export type Complete = number;
  /**
   * What has happened, in brief.
   */
  export type Commentary = string;
  /**
   * A person's name as the council writes it, for example 'Brin Martin'. Where a council register (council.yaml) lists people, the name should match one of them.
   */
  export type Person1 = string;
  /**
   * The report or meeting the update comes from.
   */
  export type ReportedIn = string;
  /**
   * What is being done to bring the work back on track, when it is at risk or off track.
   */
  export type CorrectiveAction = string;
  /**
   * Dated progress reports on this objective, newest last.
   */
  export type ProgressUpdates = ProgressUpdate[];
  /**
   * Anything a reader should know.
   */
  export type Notes1 = string | string[];
  /**
   * What the service aims to achieve: service objectives, key proposals, outcomes or corporate-plan actions, each linked to the council's priorities or well-being objectives.
   */
  export type Objectives = Objective[];
  /**
   * The item's code as the council writes it, for example 'LS 1718 05', 'AC1 CSI1' or 'DP PI 07'. Unique within the plan.
   */
  export type Code1 = string;
  /**
   * The reference as printed in the source where it is not unique or differs from the id, for example AC2 printed on two rows.
   */
  export type SourceReference = string;
  /**
   * The action in a few words.
   */
  export type ShortTitle = string;
  /**
   * What will be done.
   */
  export type Description3 = string;
  /**
   * The source's category for the action, for example 'Business as Usual' or 'Service Improvement'.
   */
  export type Category = string;
  /**
   * The item's code as the council writes it, for example 'LS 1718 05', 'AC1 CSI1' or 'DP PI 07'. Unique within the plan.
   */
  export type Code2 = string;
  /**
   * One code, or a list of codes.
   */
  export type Codes6 = Code | Code[];
  /**
   * The id of the council priority (from council.yaml) the action serves, a list of them, or tbc.
   */
  export type CorporatePriority1 = Codes | ToBeConfirmed;
  /**
   * Who is responsible for delivering the action: one name, or a list when it is shared.
   */
  export type AssignedTo = Person | [Person, ...Person[]];
  /**
   * Who the owner reports to on this action.
   */
  export type ManagedBy = Person | [Person, ...Person[]];
  /**
   * When work starts: 2016-04-01, 2016-04 (a month) or 2016/17.
   */
  export type Start1 = DateOrFiscalYear | ToBeConfirmed2;
  /**
   * No start date decided yet.
   */
  export type ToBeConfirmed2 = 'tbc';
  /**
   * When the action is due: 2018-03-31, 2016-06 (due at the month's end), 2018/19 (due at the year's end), ongoing (never overdue) or tbc.
   */
  export type Due1 = DateOrFiscalYear | Ongoing | ToBeConfirmed1;
  /**
   * For a timeframe given as a length from the start ('for 3 years'): P3Y. The action then falls due the day before start plus duration.
   */
  export type Duration = string;
  /**
   * For work that repeats, such as an annual cycle.
   */
  export type Recurrence1 = 'annual' | 'biannual' | 'termly' | 'quarterly' | 'monthly' | 'weekly';
  /**
   * The phase the due date belongs to, as the source names it, for example 'Phase 2'.
   */
  export type Phase = string;
  /**
   * The source's own wording of the timeframe, kept only where it says more than the dates, for example 'Ongoing, via continuous improvement'.
   */
  export type TimeframeAsWritten = string;
  /**
   * What success looks like.
   */
  export type DesiredOutcome = string | string[];
  /**
   * The item's code as the council writes it, for example 'LS 1718 05', 'AC1 CSI1' or 'DP PI 07'. Unique within the plan.
   */
  export type Code3 = string;
  /**
   * What will be achieved.
   */
  export type Milestone1 = string;
  /**
   * When work on it starts.
   */
  export type Start2 = DateOrFiscalYear | ToBeConfirmed2;
  /**
   * When it is due; without it, the milestone is due with its action.
   */
  export type Due2 = DateOrFiscalYear | Ongoing | ToBeConfirmed1;
  /**
   * Who delivers it, where different from the action's owner.
   */
  export type Owner = Person | [Person, ...Person[]];
  /**
   * Dated progress reports, newest last.
   */
  export type ProgressUpdates1 = ProgressUpdate[];
  /**
   * Steps on the way, each with its own id and due date.
   */
  export type KeyMilestones = Milestone[];
  /**
   * One code, or a list of codes.
   */
  export type Codes7 = Code | Code[];
  /**
   * How success will be judged, in words, where the source gives measures that are not coded PIs.
   */
  export type SuccessMeasures = string | string[];
  /**
   * The money, people or time the action needs.
   */
  export type ResourcesRequired = string | string[];
  /**
   * One code, or a list of codes.
   */
  export type Codes8 = Code | Code[];
  /**
   * Dated progress reports, newest last: status, RAG, % complete and commentary.
   */
  export type ProgressUpdates2 = ProgressUpdate[];
  /**
   * Anything a reader should know.
   */
  export type Notes2 = string | string[];
  /**
   * The things the service will do: each with an id, an owner and a due date, and the progress updates reported against it.
   */
  export type Actions = Action[];
  /**
   * The item's code as the council writes it, for example 'LS 1718 05', 'AC1 CSI1' or 'DP PI 07'. Unique within the plan.
   */
  export type Code4 = string;
  /**
   * The measure's name.
   */
  export type ShortName = string;
  /**
   * What is measured and how.
   */
  export type Description4 = string;
  /**
   * The item's code as the council writes it, for example 'LS 1718 05', 'AC1 CSI1' or 'DP PI 07'. Unique within the plan.
   */
  export type Code5 = string;
  /**
   * What the number counts. With percent, targets and actuals are written as 85 for 85%.
   */
  export type Unit2 = 'percent' | 'number' | 'days' | 'weeks' | 'score' | 'currency' | 'ratio' | 'rate' | 'fte';
  /**
   * Whether a higher or a lower value is better; neutral where neither is (a count kept for context).
   */
  export type Polarity = 'higher' | 'lower' | 'neutral';
  /**
   * How often the measure is reported.
   */
  export type Frequency = 'monthly' | 'quarterly' | 'termly' | 'biannual' | 'annual' | 'ad-hoc';
  /**
   * How the measure's figures build up over the year: cumulative (each figure is the year to date), snapshot (the position at the period's end), average (over the period), or rate (numerator over denominator). The report compares a quarter's figure with a year's target only as this allows.
   */
  export type Aggregation = 'cumulative' | 'snapshot' | 'average' | 'rate';
  /**
   * Reported for information or context and never rated red, amber or green (a contextual measure).
   */
  export type DataOnly = boolean;
  /**
   * The id of the council priority the measure serves, or tbc.
   */
  export type CorporatePriority2 = Codes | ToBeConfirmed;
  /**
   * One code, or a list of codes.
   */
  export type Codes9 = Code | Code[];
  /**
   * Who is responsible for the measure.
   */
  export type AssignedTo1 = Person | [Person, ...Person[]];
  /**
   * Who the owner reports to on this measure.
   */
  export type ManagedBy1 = Person | [Person, ...Person[]];
  /**
   * When the baseline was measured.
   */
  export type Period1 = string;
  /**
   * The baseline value, or tbc while it is still to be set.
   */
  export type Value1 = number | ToBeConfirmed;
  /**
   * Anything a reader should know.
   */
  export type Note4 = string;
  /**
   * A figure; tbc; a range { min, max }; a change on the baseline { percentChange: 5.6 }; or closing the gap with a comparator { closeGap: { comparator: national, value: 82.5 } }.
   */
  export type TargetValue = number | ToBeConfirmed | Range | ChangeOnTheBaseline | CloseTheGap;
  /**
   * The range's lower end.
   */
  export type LowestOnTarget = number;
  /**
   * The range's upper end.
   */
  export type HighestOnTarget = number;
  /**
   * The change on the baseline, as a percentage of it.
   */
  export type PercentageChange = number;
  /**
   * Who the measure is compared with, for example national or statistical neighbours.
   */
  export type Comparator1 = string;
  /**
   * The comparator's figure, in the measure's unit.
   */
  export type ComparatorSFigure = number;
  /**
   * How far from target (in the measure's unit) still counts as amber rather than red, for example 5 for five percentage points.
   */
  export type AmberTolerance = number;
  /**
   * A fiscal year (2017/18), a fiscal quarter (2017/18 Q3), a month (2014-09) or a day (2015-12-07).
   */
  export type ReportingPeriod = string;
  /**
   * The value, in the measure's unit; null where the source says it is not available (for a rate with a numerator and denominator, null means work it out from them).
   */
  export type Value2 = number | null;
  /**
   * For a rate or percentage: the count on top, for example 70 schools good or better.
   */
  export type Numerator = number;
  /**
   * For a rate or percentage: the count below, for example 91 schools in all.
   */
  export type Denominator = number;
  /**
   * When the value was reported, if later than the period's end.
   */
  export type ReportedOn = string;
  /**
   * Anything a reader should know about this value.
   */
  export type Note5 = string;
  /**
   * What is being done to bring the measure back to target, when this value is red or off target.
   */
  export type CorrectiveAction1 = string;
  /**
   * The value as it was reported before.
   */
  export type Value3 = number | null;
  /**
   * The numerator as it was reported before.
   */
  export type Numerator1 = number;
  /**
   * The denominator as it was reported before.
   */
  export type Denominator1 = number;
  /**
   * The day the value was replaced by a restated one.
   */
  export type ReplacedOn = string;
  /**
   * The note the value had, or why it was restated.
   */
  export type Note6 = string;
  /**
   * Values reported for this period before the current one, oldest first: each with the day it was replaced (plan actual --replace adds them).
   */
  export type RestatedFrom = {
    value: Value3;
    numerator?: Numerator1;
    denominator?: Denominator1;
    date: ReplacedOn;
    note?: Note6;
  }[];
  /**
   * The values achieved, one per period.
   */
  export type Actuals = Actual[];
  /**
   * Dated commentary on the measure, newest last.
   */
  export type Commentary1 = ProgressUpdate[];
  /**
   * Anything a reader should know.
   */
  export type Notes3 = string | string[];
  /**
   * Performance indicators (PIs, KPIs): each with a code, its unit and whether higher or lower is better, targets per year and actuals per period.
   */
  export type PerformanceMeasures = PerformanceMeasure[];
  /**
   * The id of the risk matrix this plan scores its risks on, for example vale-4x4 or standard-5x5. Without it, the default from plan.config.yaml applies.
   */
  export type RiskMatrix = string;
  /**
   * The item's code as the council writes it, for example 'LS 1718 05', 'AC1 CSI1' or 'DP PI 07'. Unique within the plan.
   */
  export type Code6 = string;
  /**
   * The risk in one sentence: 'That there will be insufficient secondary school places...'.
   */
  export type Risk1 = string;
  /**
   * Cause and effect in more detail.
   */
  export type Description5 = string;
  /**
   * The risk category, used for the council's risk appetite (for example financial, reputational, safeguarding, compliance).
   */
  export type Category1 = string;
  /**
   * Who owns the risk.
   */
  export type Owner1 = Person | [Person, ...Person[]];
  /**
   * Current likelihood on the plan's matrix: on a 4x4 matrix 1 very unlikely, 2 possible, 3 probable, 4 almost certain. null where the source names the risk without scoring it.
   */
  export type LikelihoodCurrent = number | null;
  /**
   * Current impact on the plan's matrix: on a 4x4 matrix 1 low, 2 medium, 3 high, 4 catastrophic. null where the source names the risk without scoring it.
   */
  export type ImpactCurrent = number | null;
  /**
   * Likelihood x impact as the source states it; plan lint checks it.
   */
  export type ScoreCurrent = number;
  /**
   * The band as the source states it; plan lint checks it against the matrix.
   */
  export type BandCurrent = string;
  /**
   * When the current scores were assessed.
   */
  export type AssessedOn = string;
  /**
   * How likely the risk is to happen, on the plan's risk matrix.
   */
  export type Likelihood = number;
  /**
   * How bad it would be if it happened, on the plan's risk matrix.
   */
  export type Impact = number;
  /**
   * Likelihood x impact as the source states it; plan lint checks it.
   */
  export type Score = number;
  /**
   * The band as the source states it; plan lint checks it against the matrix.
   */
  export type Band = string;
  /**
   * When the risk was reassessed.
   */
  export type Date2 = string;
  /**
   * The reassessed likelihood on the plan's risk matrix.
   */
  export type Likelihood1 = number;
  /**
   * The reassessed impact on the plan's risk matrix.
   */
  export type Impact1 = number;
  /**
   * Why the score moved.
   */
  export type Note7 = string;
  /**
   * Dated reassessments after the plan was written, newest last. The report uses the latest one on or before its as-of date.
   */
  export type Reassessments = {
    date: Date2;
    likelihood: Likelihood1;
    impact: Impact1;
    note?: Note7;
  }[];
  /**
   * The key controls and actions that reduce the risk.
   */
  export type MitigatingControls = string | string[];
  /**
   * What will be done if the risk happens.
   */
  export type Contingency = string | string[];
  /**
   * One code, or a list of codes.
   */
  export type Codes10 = Code | Code[];
  /**
   * open while the risk is live; closed once it has passed.
   */
  export type Status2 = 'open' | 'closed';
  /**
   * Anything a reader should know.
   */
  export type Notes4 = string | string[];
  /**
   * The risks to the plan: each scored for likelihood and impact on the plan's risk matrix, with its controls and owner.
   */
  export type RiskRegister = Risk[];
  /**
   * The group or meeting that monitors, for example 'People EDMT'.
   */
  export type MonitoringGroup = string;
  /**
   * What is reported to it.
   */
  export type InformationReported = string;
  /**
   * How often it is reported.
   */
  export type Frequency1 = 'weekly' | 'monthly' | 'quarterly' | 'termly' | 'biannual' | 'annual' | 'ad-hoc';
  /**
   * What happens when progress or performance falls short.
   */
  export type ActionForInsufficientProgress = string | string[];
  /**
   * Who monitors the plan, what is reported to them, how often, and what happens when progress is off track.
   */
  export type MonitoringArrangements = MonitoringArrangement[];
  /**
   * The activity.
   */
  export type Activity1 = string;
  /**
   * Its purpose and intended outcome.
   */
  export type Purpose = string;
  /**
   * How it is governed and with whom.
   */
  export type GovernanceAndPartners = string;
  /**
   * Consultation activity planned for the period and why.
   */
  export type ConsultationAndEngagement = Activity[];
  /**
   * Collaborative or partnership activity planned for the period, its purpose and its governance.
   */
  export type CollaborationAndPartnerships = Activity[];
  /**
   * The heading.
   */
  export type Topic =
    | 'equality'
    | 'business-continuity'
    | 'sustainable-development'
    | 'workforce'
    | 'ict'
    | 'assets'
    | 'procurement'
    | 'finance'
    | 'legal'
    | 'risk'
    | 'other';
  /**
   * The commitment, condensed.
   */
  export type Summary = string | string[];
  /**
   * One code, or a list of codes.
   */
  export type Codes11 = Code | Code[];
  /**
   * Standing commitments the plan makes that are not actions: equality and diversity, business continuity, sustainable development, workforce, ICT, assets, procurement. Each as a heading and a condensed statement.
   */
  export type OtherCommitments = Commitment[];
  /**
   * Anything about the plan as a whole worth recording, for example where the source document is incomplete.
   */
  export type Notes5 = string | string[];

  /**
   * A council service plan: who runs the service, what it will do (actions), how it measures success (performance measures), what could go wrong (risks), and the progress reported against each.
   */
  export interface Plan {
    $schema?: Schema;
    id: PlanId;
    council: Council;
    councilName?: CouncilName;
    service: Service;
    title?: Title;
    kind?: KindOfDocument;
    period: PlanPeriod;
    version?: Version;
    status?: Status;
    published?: PublicationDate;
    dated?: DocumentDate;
    review?: ReviewDate;
    source?: SourceDocument;
    leadership?: LeadershipAndSignOff;
    audience?: Audience;
    overview?: Overview;
    vision?: Vision;
    themes?: KeyThemes;
    legislation?: Legislation;
    teams?: TeamsAndSubServices;
    sections?: Sections;
    staffing?: Staffing;
    budget?: Budget;
    savings?: SavingsSchedule;
    statistics?: KeyServiceStatistics;
    objectives?: Objectives;
    actions?: Actions;
    measures?: PerformanceMeasures;
    riskMatrix?: RiskMatrix;
    risks?: RiskRegister;
    monitoring?: MonitoringArrangements;
    consultation?: ConsultationAndEngagement;
    partnerships?: CollaborationAndPartnerships;
    commitments?: OtherCommitments;
    notes?: Notes5;
    [k: string]:
      | Extension
      | Schema
      | KindOfDocument
      | PlanPeriod
      | Version
      | Status
      | SourceDocument
      | LeadershipAndSignOff
      | Audience
      | KeyThemes
      | Legislation
      | TeamsAndSubServices
      | Sections
      | Staffing
      | Budget
      | SavingsSchedule
      | KeyServiceStatistics
      | Objectives
      | Actions
      | PerformanceMeasures
      | RiskRegister
      | MonitoringArrangements
      | ConsultationAndEngagement
      | CollaborationAndPartnerships
      | OtherCommitments
      | Notes5
      | undefined;
  }
  /**
   * Where this plan came from when it was transcribed from an existing document.
   */
  export interface SourceDocument {
    title: Title1;
    document?: DocumentReference;
    section?: Section;
    publisher?: Publisher;
    date?: Date;
    notes?: Notes;
  }
  export interface Role2 {
    role: Role3;
    name?: Name;
    vacant?: Vacant;
    title?: JobTitle;
    note?: Note;
  }
  /**
   * A team or sub-service within the service.
   */
  export interface Team {
    id?: Id;
    name: Name1;
    lead?: Lead;
    leadRole?: LeadSRole;
    description?: Description;
    responsibilities?: Responsibilities;
  }
  /**
   * A named part of the plan that groups actions.
   */
  export interface Section1 {
    id: Id1;
    title: Title2;
    description?: Description1;
  }
  /**
   * The service's staffing: full-time equivalents and headcount.
   */
  export interface Staffing {
    fte?: FTE;
    headcount?: Headcount;
    period?: AsAt;
    text?: AsWritten;
  }
  /**
   * One line of the service's budget.
   */
  export interface BudgetLine {
    name: Name2;
    kind?: Kind;
    amount?: Amount;
    period?: Year;
    recurrence?: Recurrence;
    text?: AsWritten1;
    note?: Note1;
  }
  /**
   * Savings the service must deliver, scheme by scheme and year by year.
   */
  export interface SavingsSchedule {
    unit?: Unit;
    schemes: Schemes;
    totals?: TotalsByYear;
    total?: GrandTotal;
    note?: Note2;
  }
  /**
   * The saving in each fiscal year, keyed by year (2016/17: 40).
   */
  export interface AmountsByYear {
    [k: string]: number | undefined;
  }
  /**
   * The totals row as the source states it.
   */
  export interface TotalsByYear {
    [k: string]: number | undefined;
  }
  /**
   * A figure the plan states about the service.
   */
  export interface Statistic {
    id?: Id2;
    name: Name3;
    value: Value;
    unit?: Unit1;
    period?: Period;
    note?: Note3;
  }
  /**
   * Something the service aims to achieve, linked to the council's priorities.
   */
  export interface Objective {
    id: Id3;
    kind?: Kind1;
    title: Title3;
    description?: Description2;
    thisYear?: ThisYearWeWill;
    due?: Due;
    lead?: Lead1;
    parent?: PartOf;
    priority?: CorporatePriority;
    wellbeingObjective?: Codes1;
    wellbeingOutcome?: Codes2;
    goals?: Codes3;
    waysOfWorking?: Codes4;
    measures?: Codes5;
    updates?: ProgressUpdates;
    notes?: Notes1;
  }
  /**
   * A dated progress report.
   */
  export interface ProgressUpdate {
    date: Date1;
    status?: Status1;
    rag?: RAG;
    percentComplete?: Complete;
    commentary?: Commentary;
    by?: Person1;
    source?: ReportedIn;
    correctiveAction?: CorrectiveAction;
  }
  /**
   * Something the service will do, with an owner and a due date.
   */
  export interface Action {
    id: Code1;
    ref?: SourceReference;
    title: ShortTitle;
    description?: Description3;
    category?: Category;
    section?: Code2;
    objective?: Codes6;
    priority?: CorporatePriority1;
    owner: AssignedTo;
    managedBy?: ManagedBy;
    start?: Start1;
    due: Due1;
    duration?: Duration;
    recurrence?: Recurrence1;
    phase?: Phase;
    timeframe?: TimeframeAsWritten;
    outcome?: DesiredOutcome;
    milestones?: KeyMilestones;
    measures?: Codes7;
    successMeasures?: SuccessMeasures;
    resources?: ResourcesRequired;
    risks?: Codes8;
    updates?: ProgressUpdates2;
    notes?: Notes2;
  }
  /**
   * A step towards an action, with its own due date.
   */
  export interface Milestone {
    id: Code3;
    title: Milestone1;
    start?: Start2;
    due?: Due2;
    owner?: Owner;
    updates?: ProgressUpdates1;
  }
  /**
   * A performance indicator with its targets and actuals.
   */
  export interface PerformanceMeasure {
    id: Code4;
    title: ShortName;
    description?: Description4;
    parent?: Code5;
    unit?: Unit2;
    polarity?: Polarity;
    frequency?: Frequency;
    aggregation?: Aggregation;
    dataOnly?: DataOnly;
    priority?: CorporatePriority2;
    objective?: Codes9;
    owner?: AssignedTo1;
    managedBy?: ManagedBy1;
    baseline?: Baseline;
    targets?: Targets;
    tolerance?: AmberTolerance;
    actuals?: Actuals;
    updates?: Commentary1;
    notes?: Notes3;
  }
  /**
   * The starting value to improve from.
   */
  export interface Baseline {
    period?: Period1;
    value: Value1;
    note?: Note4;
  }
  /**
   * The target for each fiscal year, keyed by year (2017/18: 85), and where the target is profiled, for a quarter (2017/18 Q2: 40). Use tbc for a target not yet set.
   */
  export interface Targets {
    [k: string]: TargetValue | undefined;
  }
  /**
   * On target anywhere from min to max.
   */
  export interface Range {
    min: LowestOnTarget;
    max: HighestOnTarget;
  }
  /**
   * The baseline changed by this percentage: 5.6 for a 5.6% increase, -10 for a 10% reduction.
   */
  export interface ChangeOnTheBaseline {
    percentChange: PercentageChange;
  }
  /**
   * Reach the comparator's figure; the gap narrowing from the baseline is amber.
   */
  export interface CloseTheGap {
    closeGap: Comparator;
  }
  /**
   * Who is compared with and their figure.
   */
  export interface Comparator {
    comparator: Comparator1;
    value: ComparatorSFigure;
  }
  /**
   * The value achieved in one period.
   */
  export interface Actual {
    period: ReportingPeriod;
    value: Value2;
    numerator?: Numerator;
    denominator?: Denominator;
    reported?: ReportedOn;
    note?: Note5;
    correctiveAction?: CorrectiveAction1;
    restated?: RestatedFrom;
  }
  /**
   * A risk to the plan, scored on the plan's matrix.
   */
  export interface Risk {
    id: Code6;
    title: Risk1;
    description?: Description5;
    category?: Category1;
    owner?: Owner1;
    likelihood: LikelihoodCurrent;
    impact: ImpactCurrent;
    score?: ScoreCurrent;
    band?: BandCurrent;
    assessed?: AssessedOn;
    inherent?: InherentRisk;
    target?: TargetRisk;
    reviews?: Reassessments;
    controls?: MitigatingControls;
    contingency?: Contingency;
    actions?: Codes10;
    status?: Status2;
    notes?: Notes4;
  }
  /**
   * Likelihood and impact before any controls.
   */
  export interface InherentRisk {
    likelihood: Likelihood;
    impact: Impact;
    score?: Score;
    band?: Band;
  }
  /**
   * Likelihood and impact the controls aim to reach.
   */
  export interface TargetRisk {
    likelihood: Likelihood;
    impact: Impact;
    score?: Score;
    band?: Band;
  }
  /**
   * Who monitors what, how often, and what they do when it is off track.
   */
  export interface MonitoringArrangement {
    group: MonitoringGroup;
    information?: InformationReported;
    frequency?: Frequency1;
    onInsufficientProgress?: ActionForInsufficientProgress;
  }
  /**
   * A planned consultation or partnership activity.
   */
  export interface Activity {
    activity: Activity1;
    purpose?: Purpose;
    governance?: GovernanceAndPartners;
  }
  /**
   * A standing commitment under a heading.
   */
  export interface Commitment {
    topic: Topic;
    summary: Summary;
    actions?: Codes11;
  }
  /**
   * Any key starting with x- is kept but not checked: use it for local information that has no home in the plan model.
   *
   * This interface was referenced by `Plan`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  export interface Extension {
    [k: string]: unknown | undefined;
  }

}

// ---- council.schema.json ----
export namespace CouncilTypes {
  /**
   * The schema this file follows.
   */
  export type Schema = string;
  /**
   * Short id that plans use in their council field, for example southend.
   */
  export type CouncilId = string;
  /**
   * The council's full name.
   */
  export type Name = string;
  /**
   * Which UK nation's framework the council works under.
   */
  export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';
  /**
   * The council's vision statement.
   */
  export type Vision = string;
  /**
   * The period of the corporate plan these priorities come from, as the council writes it.
   */
  export type CorporatePlanPeriod = string;
  /**
   * The code plans use to refer to this entry.
   */
  export type Id = string;
  /**
   * The wording as the council writes it.
   */
  export type Title = string;
  /**
   * More detail.
   */
  export type Description = string;
  /**
   * Anything a reader should know about the entry, for example where plans word it differently.
   */
  export type Notes = string | string[];
  /**
   * The council's core values.
   */
  export type Values = Entry[];
  /**
   * The aim's code.
   */
  export type Id1 = string;
  /**
   * The aim, for example 'Prosperous'.
   */
  export type Aim = string;
  /**
   * What the aim means.
   */
  export type Description1 = string;
  /**
   * The priorities under this aim.
   */
  export type CorporatePriorities = Entry[];
  /**
   * The council's aims, each with the corporate priorities under it. Plans link actions and objectives to priorities by id.
   */
  export type AimsAndCorporatePriorities = {
    id: Id1;
    title: Aim;
    description?: Description1;
    priorities?: CorporatePriorities;
  }[];
  /**
   * The outcome's code.
   */
  export type Id2 = string;
  /**
   * The well-being outcome, for example 'An Aspirational and Culturally Vibrant Vale'.
   */
  export type Outcome = string;
  /**
   * The objectives under this outcome.
   */
  export type WellBeingObjectives = Entry[];
  /**
   * Well-being outcomes (Wales: Well-being of Future Generations Act), each with its well-being objectives.
   */
  export type WellBeingOutcomes = {
    id: Id2;
    title: Outcome;
    objectives?: WellBeingObjectives;
  }[];
  /**
   * The national well-being goals plans contribute to.
   */
  export type WellBeingGoals = Entry[];
  /**
   * The sustainable development principle's ways of working.
   */
  export type WaysOfWorking = Entry[];
  /**
   * The council's equality objectives.
   */
  export type EqualityObjectives = Entry[];
  /**
   * The person's name as plans write it.
   */
  export type Name1 = string;
  /**
   * Their job title.
   */
  export type Role = string;
  /**
   * Other ways plans name this person or post, such as initials or a post abbreviation (GMSP).
   */
  export type AlsoWrittenAs = string[];
  /**
   * Work email address.
   */
  export type Email = string;
  /**
   * Anything worth knowing about this person or post, for example interim, or a spelling the source varies.
   */
  export type Note = string;
  /**
   * true when the entry is a post (a job title plans use as an owner) rather than a named person.
   */
  export type Post = boolean;
  /**
   * People who own, manage or lead actions, measures and risks. plan lint checks names in plans against this list and suggests the nearest match for a misspelling.
   */
  export type People = {
    name: Name1;
    role?: Role;
    aliases?: AlsoWrittenAs;
    email?: Email;
    note?: Note;
    post?: Post;
  }[];
  /**
   * The measure's code.
   */
  export type Id3 = string;
  /**
   * The measure's name.
   */
  export type Name2 = string;
  /**
   * What the number counts.
   */
  export type Unit = 'percent' | 'number' | 'days' | 'weeks' | 'score' | 'currency' | 'ratio' | 'rate' | 'fte';
  /**
   * Whether higher or lower is better.
   */
  export type Polarity = 'higher' | 'lower' | 'neutral';
  /**
   * The council's catalogue of performance measures. Measure codes are unique across the council's plans when a catalogue is given.
   */
  export type MeasureCatalogue = {
    id: Id3;
    title: Name2;
    unit?: Unit;
    polarity?: Polarity;
  }[];

  /**
   * What a council's plans share: its aims and corporate priorities, well-being outcomes and objectives, values, the people who own actions, and a catalogue of performance measures. Kept as council.yaml beside the council's plans.
   */
  export interface Council {
    $schema?: Schema;
    id: CouncilId;
    name: Name;
    nation?: Nation;
    vision?: Vision;
    period?: CorporatePlanPeriod;
    values?: Values;
    aims?: AimsAndCorporatePriorities;
    wellbeingOutcomes?: WellBeingOutcomes;
    wellbeingGoals?: WellBeingGoals;
    waysOfWorking?: WaysOfWorking;
    equalityObjectives?: EqualityObjectives;
    people?: People;
    measures?: MeasureCatalogue;
    [k: string]:
      | Extension
      | Schema
      | Nation
      | Values
      | AimsAndCorporatePriorities
      | WellBeingOutcomes
      | WellBeingGoals
      | WaysOfWorking
      | EqualityObjectives
      | People
      | MeasureCatalogue
      | undefined;
  }
  /**
   * An entry in the register: a code, the wording, and more detail if wanted.
   */
  export interface Entry {
    id: Id;
    title: Title;
    description?: Description;
    notes?: Notes;
  }
  /**
   * Any key starting with x- is kept but not checked.
   *
   * This interface was referenced by `Council`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  export interface Extension {
    [k: string]: unknown | undefined;
  }

}

// ---- matrix.schema.json ----
export namespace MatrixFileTypes {
  /**
   * The schema this file follows.
   */
  export type Schema = string;
  /**
   * The id plans use in riskMatrix, for example vale-4x4.
   */
  export type MatrixId = string;
  /**
   * The matrix's name.
   */
  export type Title = string;
  /**
   * Where the matrix comes from and how to use it.
   */
  export type Description = string;
  /**
   * The likelihood scores from 1 upwards, each with its label. The number of entries is the matrix's height (at most 6).
   *
   * @minItems 2
   * @maxItems 6
   */
  export type LikelihoodScale =
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ];
  /**
   * The score, from 1 upwards.
   */
  export type Score = number;
  /**
   * The score's name, for example 'Almost certain'.
   */
  export type Label = string;
  /**
   * What the score means.
   */
  export type Description1 = string;
  /**
   * The impact scores from 1 upwards, each with its label. The number of entries is the matrix's width (at most 6).
   *
   * @minItems 2
   * @maxItems 6
   */
  export type ImpactScale =
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ];
  /**
   * The bands from lowest to highest. With thresholds, a score belongs to the band whose min..max contains it; with cells, each cell names its band.
   *
   * @minItems 1
   */
  export type Bands = [
    {
      id: BandId;
      label: Label1;
      min?: LowestScore;
      max?: HighestScore;
      colour?: Colour;
      action?: Response;
    },
    ...{
      id: BandId;
      label: Label1;
      min?: LowestScore;
      max?: HighestScore;
      colour?: Colour;
      action?: Response;
    }[]
  ];
  /**
   * Short id, for example high.
   */
  export type BandId = string;
  /**
   * How the band is named in reports, for example 'High'.
   */
  export type Label1 = string;
  /**
   * The lowest likelihood x impact score in this band (with score thresholds).
   */
  export type LowestScore = number;
  /**
   * The highest likelihood x impact score in this band (with score thresholds).
   */
  export type HighestScore = number;
  /**
   * The band's colour in terminal and HTML output.
   */
  export type Colour = 'green' | 'yellow' | 'amber' | 'orange' | 'red' | 'purple' | 'grey';
  /**
   * What the council does with a risk in this band.
   */
  export type Response = string;
  /**
   * Optional: the band id of every cell, one row per likelihood score from 1 upwards, each row listing impact 1 upwards. When given, it decides the band instead of the score thresholds.
   */
  export type BandsCellByCell = string[][];

  /**
   * A likelihood x impact matrix: the labels of each score and the bands the cells fall into, given as score thresholds or cell by cell.
   */
  export interface MatrixFile {
    $schema?: Schema;
    id: MatrixId;
    title?: Title;
    description?: Description;
    likelihood: LikelihoodScale;
    impact: ImpactScale;
    bands: Bands;
    cells?: BandsCellByCell;
  }

}

// ---- config.schema.json ----
export namespace ConfigFileTypes {
  /**
   * The schema this file follows.
   */
  export type Schema = string;
  /**
   * The month the council's financial year starts: 4 for April (the default), 1 for January.
   */
  export type FiscalYearStartMonth = number;
  /**
   * Where plans live, relative to this file. plan lint with no paths checks these.
   */
  export type PlanFolders = string[];
  /**
   * The matrix for plans that do not name one: a built-in preset (vale-4x4, standard-4x4, standard-5x5) or the id of a matrix defined below.
   */
  export type DefaultRiskMatrix = string;
  /**
   * The schema this file follows.
   */
  export type Schema1 = string;
  /**
   * The id plans use in riskMatrix, for example vale-4x4.
   */
  export type MatrixId = string;
  /**
   * The matrix's name.
   */
  export type Title = string;
  /**
   * Where the matrix comes from and how to use it.
   */
  export type Description = string;
  /**
   * The likelihood scores from 1 upwards, each with its label. The number of entries is the matrix's height (at most 6).
   *
   * @minItems 2
   * @maxItems 6
   */
  export type LikelihoodScale =
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ];
  /**
   * The score, from 1 upwards.
   */
  export type Score = number;
  /**
   * The score's name, for example 'Almost certain'.
   */
  export type Label = string;
  /**
   * What the score means.
   */
  export type Description1 = string;
  /**
   * The impact scores from 1 upwards, each with its label. The number of entries is the matrix's width (at most 6).
   *
   * @minItems 2
   * @maxItems 6
   */
  export type ImpactScale =
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ]
    | [
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        },
        {
          score: Score;
          label: Label;
          description?: Description1;
        }
      ];
  /**
   * The bands from lowest to highest. With thresholds, a score belongs to the band whose min..max contains it; with cells, each cell names its band.
   *
   * @minItems 1
   */
  export type Bands = [
    {
      id: BandId;
      label: Label1;
      min?: LowestScore;
      max?: HighestScore;
      colour?: Colour;
      action?: Response;
    },
    ...{
      id: BandId;
      label: Label1;
      min?: LowestScore;
      max?: HighestScore;
      colour?: Colour;
      action?: Response;
    }[]
  ];
  /**
   * Short id, for example high.
   */
  export type BandId = string;
  /**
   * How the band is named in reports, for example 'High'.
   */
  export type Label1 = string;
  /**
   * The lowest likelihood x impact score in this band (with score thresholds).
   */
  export type LowestScore = number;
  /**
   * The highest likelihood x impact score in this band (with score thresholds).
   */
  export type HighestScore = number;
  /**
   * The band's colour in terminal and HTML output.
   */
  export type Colour = 'green' | 'yellow' | 'amber' | 'orange' | 'red' | 'purple' | 'grey';
  /**
   * What the council does with a risk in this band.
   */
  export type Response = string;
  /**
   * Optional: the band id of every cell, one row per likelihood score from 1 upwards, each row listing impact 1 upwards. When given, it decides the band instead of the score thresholds.
   */
  export type BandsCellByCell = string[][];
  /**
   * The council's own matrices, in addition to the built-in presets.
   */
  export type RiskMatrices = RiskMatrix[];
  /**
   * The level for risks whose category is not listed or not given.
   */
  export type DefaultAppetite = string;
  /**
   * How many days ahead plan overdue --within looks by default.
   */
  export type DueSoon = number;
  /**
   * A measure that misses its target by no more than this percentage of the target is amber, not red. A measure's own tolerance (in its unit) overrides it. 0, the default, makes any miss red.
   */
  export type DefaultAmberToleranceOfTarget = number;
  /**
   * When true, a measure beyond tolerance but better than the same period last year is amber rather than red.
   */
  export type AmberWhenBetterThanLastYear = boolean;
  /**
   * How many days an update may be dated before the commit that adds it (default 30). An update dated earlier than that is reported by plan lint --history.
   */
  export type AllowanceForDatingUpdates = number;
  /**
   * Files larger than this many bytes are refused with a message (default 5000000).
   */
  export type LargestPlanFile = number;
  /**
   * YAML nested deeper than this is refused (default 64).
   */
  export type DeepestNesting = number;

  /**
   * Project settings for plan, kept as plan.config.yaml at the root of a plan repository.
   */
  export interface ConfigFile {
    $schema?: Schema;
    fiscalYearStart?: FiscalYearStartMonth;
    plans?: PlanFolders;
    riskMatrix?: DefaultRiskMatrix;
    matrices?: RiskMatrices;
    appetite?: RiskAppetite;
    rules?: RuleSeverities;
    dueSoonDays?: DueSoon;
    performance?: PerformanceMeasures;
    history?: HistoryChecks;
    limits?: Limits;
  }
  /**
   * A likelihood x impact matrix: the labels of each score and the bands the cells fall into, given as score thresholds or cell by cell.
   */
  export interface RiskMatrix {
    $schema?: Schema1;
    id: MatrixId;
    title?: Title;
    description?: Description;
    likelihood: LikelihoodScale;
    impact: ImpactScale;
    bands: Bands;
    cells?: BandsCellByCell;
  }
  /**
   * The highest current score the council accepts for each risk category. Risks scoring above their category's appetite are flagged.
   */
  export interface RiskAppetite {
    levels?: AppetiteLevels;
    categories?: CategoryAppetites;
    default?: DefaultAppetite;
  }
  /**
   * Each appetite level and the highest score it accepts, for example cautious: 8. Defaults follow the Orange Book's averse, minimal, cautious, open and eager.
   */
  export interface AppetiteLevels {
    [k: string]: number | undefined;
  }
  /**
   * The appetite level for each risk category, for example safeguarding: averse.
   */
  export interface CategoryAppetites {
    [k: string]: string | undefined;
  }
  /**
   * Set any lint rule to error, warning, info or off, for example known-people: error. plan lint --list-rules shows every rule.
   */
  export interface RuleSeverities {
    /**
     * How seriously the rule is taken.
     */
    [k: string]: 'error' | 'warning' | 'info' | 'off' | undefined;
  }
  /**
   * How the quarterly report rates measures against their targets, where a measure does not say for itself.
   */
  export interface PerformanceMeasures {
    tolerancePercent?: DefaultAmberToleranceOfTarget;
    amberWhenBetterThanLastYear?: AmberWhenBetterThanLastYear;
  }
  /**
   * How plan lint --history judges a plan's git history.
   */
  export interface HistoryChecks {
    updateAllowanceDays?: AllowanceForDatingUpdates;
  }
  /**
   * Safety limits on input files.
   */
  export interface Limits {
    maxFileBytes?: LargestPlanFile;
    maxDepth?: DeepestNesting;
  }

}
