using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Requests;
using Zwgk.Web.Requests;
using Zwgk.Web.Requests.Letters;

namespace Zwgk.Web.Platform.Display;

/// <summary>
/// The one place the console's Chinese words for machine names live: history steps of each workflow, audit actions and
/// object types, the fields of audited records and the values of their enums. The audit log, every history on a case or
/// document page and the audit API's labels read them here; the machine names stay in the database and the API.
/// </summary>
public static class ConsoleLabels
{
    /// <summary>Steps of a document's history (Zwgk.Domain/Documents).</summary>
    public static readonly IReadOnlyDictionary<string, string> DocumentEvents = new Dictionary<string, string>
    {
        ["Created"] = "新建草稿",
        ["Edited"] = "修改草稿",
        ["Submitted"] = "提交保密审查",
        ["ConfidentialityPassed"] = "保密审查通过",
        ["Returned"] = "退回修改",
        ["Scheduled"] = "审签（定时发布）",
        ["Published"] = "发布",
        ["Filed"] = "审签归档",
        ["Withdrawn"] = "撤稿",
        ["Corrected"] = "更正稿审签发布",
        ["Converted"] = "转为主动公开",
        ["ValidityChanged"] = "有效性变化",
        [Document.FilingRecorded] = "政务公开工作机构备案",
        [Document.DutyOverridden] = "同一人办理（放宽职责分离）",
        ["CorrectionPrepared"] = "起草更正稿",
        ["CorrectionSubmitted"] = "提交更正稿保密审查",
        ["CorrectionReviewed"] = "更正稿保密审查通过",
        ["CorrectionReturned"] = "退回更正稿",
        ["CorrectionFileChanged"] = "更正稿附件变更",
        ["AttributeSettled"] = "公函认定公开属性",
    };

    /// <summary>Steps of a request's history (Zwgk.Domain/Requests).</summary>
    public static readonly IReadOnlyDictionary<string, string> RequestEvents = new Dictionary<string, string>
    {
        ["Registered"] = "登记",
        ["ClarificationRequested"] = "通知补正",
        ["ClarificationCompleted"] = "收到补正",
        ["Assigned"] = "分办",
        ["Reassigned"] = "改派承办单位",
        ["ConsultationSent"] = "征求意见／协查",
        ["ConsultationAnswered"] = "记录征求意见结果",
        ["ConsultationLapsed"] = "征求意见逾期未答复",
        ["Extended"] = "延期答复",
        ["FeeNoticeIssued"] = "发出收费通知",
        ["FeePaid"] = "登记缴费",
        ["FeeLapsed"] = "缴费期限届满",
        ["Decided"] = "提出答复意见",
        ["Approved"] = "审批同意",
        ["DecisionReturned"] = "审批退回",
        ["Replied"] = "出具答复书",
        ["RepliedOnTheSpot"] = "当场答复",
        ["Delivered"] = "送达",
        ["Archived"] = "归档",
        ["Noted"] = "备注",
        ["DocumentLinked"] = "关联所申请信息",
        ["RepeatFlagged"] = "标记为重复申请",
        ["RemedyFiled"] = "登记行政复议／诉讼",
        ["RemedyDecided"] = "行政复议／诉讼审结",
        ["AttachmentAdded"] = "添加附件",
        ["AttachmentRemoved"] = "移除附件",
        [InformationRequest.DutyOverridden] = "同一人办理（放宽职责分离）",
    };

    /// <summary>Steps of a standard catalog's history (Zwgk.Domain/Catalogs).</summary>
    public static readonly IReadOnlyDictionary<string, string> CatalogEvents = new Dictionary<string, string>
    {
        ["Created"] = "新建目录",
        ["Revised"] = "创建修订版",
        ["Edited"] = "修改",
        ["ItemAdded"] = "新增事项",
        ["ItemEdited"] = "调整事项",
        ["ItemRemoved"] = "删除事项",
        ["ItemApplicability"] = "设置是否适用",
        ["Imported"] = "导入",
        ["Submitted"] = "提交审核",
        ["Returned"] = "退回修改",
        ["Approved"] = "审核通过",
        ["Published"] = "发布",
        ["Superseded"] = "被新版本替代",
    };

    /// <summary>Action codes of the audit trail (AuditEntry.Action).</summary>
    public static readonly IReadOnlyDictionary<string, string> AuditActions = new Dictionary<string, string>
    {
        ["Created"] = "新建",
        ["Updated"] = "修改",
        ["Deleted"] = "删除",
        ["SignIn"] = "登录",
        ["SignInFailed"] = "登录失败",
        ["SignInThrottled"] = "登录受限（失败过多）",
        ["SignInLockedOut"] = "登录锁定",
        ["SignInRefusedDisabled"] = "停用账号登录",
        ["LockoutChanged"] = "锁定状态变化",
        ["RoleGranted"] = "授予角色",
        ["RoleRevoked"] = "撤销角色",
        ["UserDisabled"] = "停用账号",
        ["UserEnabled"] = "启用账号",
        ["TokenCreated"] = "创建令牌",
        ["TokenRevoked"] = "撤销令牌",
        ["PasswordChanged"] = "修改密码",
        ["CalendarYearAdded"] = "录入年度日历",
        ["CatalogCreated"] = "新建标准目录",
        ["CatalogRevised"] = "创建目录修订版",
        ["CatalogEdited"] = "修改标准目录",
        ["CatalogItemAdded"] = "新增目录事项",
        ["CatalogItemEdited"] = "调整目录事项",
        ["CatalogItemRemoved"] = "删除目录事项",
        ["CatalogImported"] = "导入标准目录",
        ["CatalogSubmitted"] = "提交目录审核",
        ["CatalogReturned"] = "退回目录",
        ["CatalogPublished"] = "审核通过并发布目录",
        ["ServiceItemsImported"] = "导入政务服务事项清单",
        ["GuidelineImported"] = "导入标准指引",
        ["DocumentCatalogItemsSet"] = "信息归入目录事项",
        ["DocumentCreated"] = "新建信息",
        ["DocumentEdited"] = "修改信息草稿",
        ["DocumentSubmitted"] = "提交保密审查",
        ["ConfidentialityPassed"] = "保密审查通过",
        ["ValidityChanged"] = "声明有效性",
        ["DocumentReturned"] = "退回信息",
        ["DocumentSignedOff"] = "审签",
        ["DocumentPublished"] = "发布信息",
        ["DocumentWithdrawn"] = "撤稿",
        ["DocumentCorrected"] = "更正稿审签发布",
        ["DocumentConverted"] = "转为主动公开",
        ["AttachmentAdded"] = "上传信息附件",
        ["AttachmentRemoved"] = "删除信息附件",
        ["RequestRegistered"] = "登记申请",
        ["RequestAssigned"] = "分办申请",
        ["RequestClarificationRequested"] = "通知补正",
        ["RequestClarificationCompleted"] = "登记补正",
        ["RequestConsultationSent"] = "征求意见／协查",
        ["RequestConsultationAnswered"] = "记录征求意见结果",
        ["RequestConsultationLapsed"] = "征求意见逾期",
        ["RequestExtended"] = "延期答复",
        ["RequestFeeNoticeIssued"] = "发出收费通知",
        ["RequestFeePaid"] = "登记缴费",
        ["RequestDecided"] = "提出答复意见",
        ["RequestApproved"] = "审批答复",
        ["RequestDecisionReturned"] = "审批退回",
        ["RequestReplied"] = "出具答复书",
        ["RequestRepliedOnTheSpot"] = "当场答复",
        ["RequestDelivered"] = "登记送达",
        ["RequestArchived"] = "归档",
        ["RequestNoted"] = "办理备注",
        ["RequestDocumentLinked"] = "关联所申请信息",
        ["RequestRemedyFiled"] = "登记行政复议／诉讼",
        ["RequestRemedyDecided"] = "行政复议／诉讼审结",
        ["RequestAttachmentAdded"] = "添加申请附件",
        ["RequestAttachmentRemoved"] = "移除申请附件",
        ["RequestAttachmentDownloaded"] = "下载申请附件",
        ["LetterTemplateSaved"] = "保存文书模板",
        ["LetterTemplateReset"] = "恢复标准文书模板",
        ["ColumnCreated"] = "新建栏目",
        ["ColumnMoved"] = "调整栏目顺序",
        ["ColumnHidden"] = "隐藏栏目",
        ["ColumnShown"] = "显示栏目",
        ["ColumnRetired"] = "停用栏目",
        ["ColumnRestored"] = "恢复栏目",
        ["GazetteIssueCreated"] = "新建政府公报期刊",
        ["GazetteIssueContentsChanged"] = "调整政府公报目录",
        ["GazetteIssuePublished"] = "发布政府公报期刊",
        [Audit.DutySeparationAudit.Action] = "同一人办理（放宽职责分离）",
        ["DocumentFilingRecorded"] = "政务公开工作机构备案",
        ["CorrectionPrepared"] = "起草更正稿",
        ["CorrectionSubmitted"] = "提交更正稿保密审查",
        ["CorrectionReviewed"] = "更正稿保密审查通过",
        ["CorrectionReturned"] = "退回更正稿",
        ["CorrectionAttachmentAdded"] = "更正稿新增附件",
        ["CorrectionAttachmentRemoved"] = "更正稿删除附件",
        ["DisclosureNoticeIssued"] = "出具公开属性认定公函",
        ["OutboundChannelCreated"] = "新建同源发布渠道",
        ["OutboundChannelEdited"] = "修改同源发布渠道",
        ["OutboundChannelDisabled"] = "停用同源发布渠道",
        ["OutboundSecretRenewed"] = "重新生成渠道签名密钥",
        ["OutboundDeliveryRetried"] = "重新发送同源发布消息",
    };

    /// <summary>Object types of the audit trail (AuditEntry.EntityType: the record's class name).</summary>
    public static readonly IReadOnlyDictionary<string, string> EntityTypes = new Dictionary<string, string>
    {
        ["Organization"] = "单位",
        ["AppUser"] = "用户",
        ["RoleGrant"] = "角色授权",
        ["ApiToken"] = "访问令牌",
        ["Site"] = "站点",
        ["Column"] = "栏目",
        ["CalendarYear"] = "日历年度",
        ["CalendarDayRecord"] = "节假日",
        ["Document"] = "政府信息",
        ["InformationRequest"] = "依申请公开",
        ["RequestLetter"] = "告知书和答复书",
        ["LetterTemplateRecord"] = "文书模板",
        ["StandardCatalog"] = "标准目录",
        ["DomainResponsibility"] = "领域责任单位",
        ["DocumentCatalogLink"] = "信息归入目录事项",
        ["ServiceItem"] = "政务服务事项",
        ["Guideline"] = "标准指引",
        ["WordingRuleRecord"] = "错敏词",
        ["GazetteIssue"] = "政府公报期刊",
        ["OutboundChannel"] = "同源发布渠道",
        ["DisclosureNotice"] = "公开属性认定公函",
    };

    /// <summary>Field names shared by several records; <see cref="FieldsOf"/> overrides them per record type.</summary>
    private static readonly Dictionary<string, string> CommonFields = new()
    {
        ["Name"] = "名称", ["ShortName"] = "简称", ["Title"] = "标题", ["State"] = "状态", ["UnitId"] = "所属单位",
        ["Address"] = "地址", ["Phone"] = "电话", ["Email"] = "电子邮箱", ["OfficeHours"] = "办公时间", ["CreditCode"] = "统一社会信用代码",
        ["Kind"] = "类别", ["Level"] = "行政层级", ["ParentId"] = "上级", ["SortOrder"] = "排序", ["CreatedAt"] = "创建时间",
        ["UserId"] = "用户", ["Summary"] = "内容概述", ["Source"] = "来源", ["Number"] = "序号", ["Key"] = "编号",
        ["Body"] = "正文", ["UpdatedAt"] = "修改时间", ["UpdatedBy"] = "修改人", ["Description"] = "说明", ["Keywords"] = "关键词",
        ["Content"] = "内容", ["SiteId"] = "站点", ["DocumentId"] = "政府信息", ["Code"] = "编码", ["Department"] = "部门",
    };

    private static readonly Dictionary<string, Dictionary<string, string>> FieldsByType = new()
    {
        ["Organization"] = new() { ["Kind"] = "单位类别" },
        ["AppUser"] = new()
        {
            ["UserName"] = "用户名", ["DisplayName"] = "姓名", ["HomeUnitId"] = "所属单位", ["IsDisabled"] = "已停用", ["EmailConfirmed"] = "邮箱已确认",
            ["PhoneNumber"] = "电话", ["PhoneNumberConfirmed"] = "电话已确认", ["TwoFactorEnabled"] = "双因素登录", ["LockoutEnabled"] = "允许锁定",
            ["LockoutEnd"] = "锁定至", ["PasswordHash"] = "密码", ["SecurityStamp"] = "安全标记",
        },
        ["RoleGrant"] = new() { ["Role"] = "角色", ["OrganizationId"] = "单位", ["GrantedAt"] = "授予时间", ["GrantedBy"] = "授予人" },
        ["ApiToken"] = new() { ["Prefix"] = "令牌前缀", ["ExpiresAt"] = "有效期至", ["RevokedAt"] = "撤销时间", ["Hash"] = "令牌" },
        ["Site"] = new()
        {
            ["Code"] = "路径代码", ["Domain"] = "域名", ["IsDefault"] = "默认站点", ["OrganizationId"] = "主办单位（机构）", ["Sponsor"] = "主办单位",
            ["Operator"] = "承办单位", ["IcpNumber"] = "ICP备案号", ["PoliceRecordNumber"] = "公安备案号", ["SiteIdCode"] = "网站标识码",
            ["ContactPhone"] = "联系电话", ["ContactEmail"] = "联系邮箱", ["IndexNumberTemplate"] = "索引号规则",
            ["RelaxSeparationOfDuties"] = "放宽职责分离",
        },
        ["Column"] = new()
        {
            ["ColumnType"] = "栏目类型", ["FixedKey"] = "固定栏目", ["ShowInNavigation"] = "显示在导航", ["Slug"] = "路径名", ["SlugPath"] = "路径",
            ["ParentId"] = "上级栏目", ["RetiredAt"] = "停用时间",
        },
        ["CalendarYear"] = new() { ["Year"] = "年度", ["EnteredAt"] = "录入时间", ["EnteredBy"] = "录入人", ["Source"] = "依据（国务院办公厅通知）" },
        ["CalendarDayRecord"] = new() { ["Date"] = "日期", ["Kind"] = "类别", ["Name"] = "节日" },
        ["Document"] = new()
        {
            ["Attribute"] = "公开属性", ["BodyHtml"] = "正文", ["ColumnId"] = "栏目", ["ConfidentialityOpinion"] = "保密审查意见",
            ["ConfidentialityReviewedAt"] = "保密审查时间", ["ConfidentialityReviewer"] = "保密审查人", ["CurrentVersion"] = "当前版本",
            ["DeclaredValidity"] = "有效性", ["DocumentNumber"] = "发文字号", ["EffectiveFrom"] = "生效日期", ["EffectiveTo"] = "失效日期",
            ["Genre"] = "体裁", ["IndexNumber"] = "索引号", ["IsNormative"] = "规范性文件", ["IssuingUnits"] = "发文机关", ["PublishedAt"] = "发布时间",
            ["RegistrationNumber"] = "登记号", ["ScheduledFor"] = "定时发布时间", ["SignedOffAt"] = "审签时间", ["SignedOffBy"] = "审签人",
            ["StatutoryCategory"] = "法定主动公开内容", ["SupersededById"] = "废止或修改它的信息", ["Topics"] = "主题分类", ["UnifiedNumber"] = "统一编号",
            ["ValidityChangedOn"] = "有效性变化日期", ["ValidityReason"] = "有效性理由", ["WithdrawalReason"] = "撤稿理由", ["WithdrawnAt"] = "撤稿时间",
            ["WithholdingBasis"] = "书面依据", ["WithholdingReason"] = "不主动公开事由", ["WordingOverrideReason"] = "仍予发布理由", ["WrittenOn"] = "成文日期",
            ["ReprintSource"] = "转载来源", ["ReprintOriginalNumber"] = "原文号", ["ReprintOriginalDate"] = "原发布日期", ["ReprintOriginalUrl"] = "原文网址",
            ["Correction"] = "更正稿状态", ["CorrectionContentJson"] = "更正稿内容", ["CorrectionReason"] = "更正理由",
            ["AttributePending"] = "公开属性待认定", ["AttributeNoticeNumber"] = "认定公函文号",
            ["FiledWithOfficeBy"] = "备案人", ["FiledWithOfficeAt"] = "备案时间", ["FilingNote"] = "备案意见",
        },
        ["InformationRequest"] = new()
        {
            ["AccessCodeHash"] = "查询码", ["SubmissionKeyHash"] = "表单提交标识", ["ApprovalOpinion"] = "审批意见", ["ApprovedAt"] = "审批时间",
            ["ApprovedBy"] = "审批人", ["ArchivedAt"] = "归档时间", ["Channel"] = "申请渠道", ["ClarificationCompletedOn"] = "补正日期",
            ["ClarificationDeadline"] = "补正期限", ["ClarificationItems"] = "补正事项", ["ClarificationRequestedOn"] = "通知补正日期",
            ["ClarificationText"] = "补正内容", ["ClockStartedOn"] = "期限起算日", ["CountingStart"] = "期限起算方式", ["DecidedAt"] = "提出答复意见时间",
            ["DecidedBy"] = "答复意见提出人", ["DeliveredBy"] = "送达方式", ["DeliveredOn"] = "送达日期", ["Delivery"] = "获取方式", ["DeliveryNote"] = "送达说明",
            ["DocumentId"] = "所申请信息", ["DueBeforeExtensionOn"] = "延期前答复期限", ["DueOn"] = "答复期限", ["ExtendedOn"] = "延期日期",
            ["ExtensionApprovedBy"] = "延期审批人", ["ExtensionDays"] = "延长工作日数", ["ExtensionReason"] = "延期理由", ["FeeAmount"] = "信息处理费金额",
            ["FeeBasis"] = "收费依据", ["FeeLapsedOn"] = "缴费期限届满日", ["FeeMode"] = "计收方式", ["FeeNoticeOn"] = "收费通知日期",
            ["FeeNoticeReceivedOn"] = "收费通知送达日期", ["FeePaidOn"] = "缴费日期", ["FeePausesClock"] = "缴费期间暂停计时", ["FeePaymentDueOn"] = "缴费期限",
            ["FeeQuantity"] = "计费数量", ["Form"] = "信息形式", ["Handler"] = "承办人", ["HandlerUserId"] = "承办人", ["HandlingUnitId"] = "承办单位",
            ["HowToObtain"] = "获取途径", ["InformationSought"] = "所需信息", ["LegalBasis"] = "法律依据", ["Outcome"] = "办理结果",
            ["PausedRemaining"] = "暂停时剩余工作日", ["PausedSince"] = "暂停计时起始日", ["Purpose"] = "用途", ["ReasonText"] = "理由说明",
            ["ReceiptNote"] = "收到日期确认说明", ["ReceivedOn"] = "收到日期", ["RepeatOfRequestId"] = "重复申请的前次申请", ["RepliedOn"] = "答复日期",
            ["RepliedOnTheSpot"] = "当场答复", ["ResponsibleAgency"] = "负责公开的机关", ["ResponsibleAgencyContact"] = "该机关联系方式",
            ["TrackingNumber"] = "申请编号", ["UnitId"] = "受理机关",
        },
        ["RequestLetter"] = new()
        {
            ["RequestId"] = "申请", ["Kind"] = "文书类别", ["Outcome"] = "办理结果", ["FileName"] = "文件名", ["Docx"] = "文书文件", ["PlainText"] = "文书文字",
            ["ForApplicant"] = "向申请人提供", ["IssuedAt"] = "出具时间", ["IssuedBy"] = "出具人",
        },
        ["LetterTemplateRecord"] = new() { ["Key"] = "文书" },
        ["StandardCatalog"] = new()
        {
            ["ChangeReason"] = "修订说明", ["PreviousId"] = "上一版", ["PublishedAt"] = "发布时间", ["ReviewOpinion"] = "审核意见", ["ReviewedAt"] = "审核时间",
            ["ReviewedBy"] = "审核人", ["Round"] = "审核轮次", ["SubmittedAt"] = "提交时间", ["SupersededAt"] = "被替代时间", ["Number"] = "版本号",
        },
        ["DomainResponsibility"] = new() { ["CityUnitId"] = "市", ["DomainId"] = "试点领域", ["Department"] = "责任单位" },
        ["DocumentCatalogLink"] = new() { ["ItemKey"] = "目录事项", ["LinkedAt"] = "归入时间", ["LinkedBy"] = "归入人" },
        ["WordingRuleRecord"] = new() { ["Term"] = "错敏词", ["Suggestion"] = "建议表述", ["Serious"] = "严重" },
        ["OutboundChannel"] = new()
        {
            ["Kind"] = "渠道类型", ["WebhookUrl"] = "推送地址", ["ProtectedSecret"] = "签名密钥", ["IncludeSubunits"] = "包括下级单位的信息", ["Enabled"] = "启用",
        },
        ["DisclosureNotice"] = new()
        {
            ["AddresseeUnitId"] = "受文单位", ["Year"] = "年份", ["Serial"] = "年度序号", ["Number"] = "文号", ["Subject"] = "事由", ["IssuedBy"] = "出具人",
            ["IssuedAt"] = "出具时间",
        },
        ["GazetteIssue"] = new() { ["PublishedBy"] = "发布人", ["Year"] = "年份", ["Number"] = "期号", ["IssuedOn"] = "出版日期", ["ColumnId"] = "栏目", ["PublishedAt"] = "发布时间" },
    };

    /// <summary>Chinese names of the enums audited records carry; a value not listed keeps its name (a test lists every enum of the model).</summary>
    private static readonly Dictionary<Type, Func<object, string>> Enums = new()
    {
        [typeof(RequestState)] = v => ((RequestState)v).DisplayName(),
        [typeof(DocumentState)] = v => ((DocumentState)v).DisplayName(),
        [typeof(CatalogState)] = v => ((CatalogState)v).DisplayName(),
        [typeof(DisclosureAttribute)] = v => ((DisclosureAttribute)v).DisplayName(),
        [typeof(Validity)] = v => ((Validity)v).DisplayName(),
        [typeof(WithholdingReason)] = v => ((WithholdingReason)v).DisplayName(),
        [typeof(IntakeChannel)] = v => ((IntakeChannel)v).DisplayName(),
        [typeof(RequestedForm)] = v => ((RequestedForm)v).DisplayName(),
        [typeof(DeliveryMethod)] = v => ((DeliveryMethod)v).DisplayName(),
        [typeof(IdentityDocument)] = v => ((IdentityDocument)v).DisplayName(),
        [typeof(ApplicantKind)] = v => ((ApplicantKind)v).DisplayName(),
        [typeof(RequestOutcome)] = v => ((RequestOutcome)v).DisplayName(),
        [typeof(FeeMode)] = v => ((FeeMode)v).DisplayName(),
        [typeof(CountingStart)] = v => (CountingStart)v == CountingStart.NextDay ? "自收到申请次日起算" : "自收到申请当日起算",
        [typeof(RequestAttachmentKind)] = v => ((RequestAttachmentKind)v).DisplayName(),
        [typeof(ConsultationKind)] = v => ((ConsultationKind)v).DisplayName(),
        [typeof(ConsultationAnswer)] = v => ((ConsultationAnswer)v).DisplayName(),
        [typeof(RemedyKind)] = v => ((RemedyKind)v).DisplayName(),
        [typeof(RemedyResult)] = v => ((RemedyResult)v).DisplayName(),
        [typeof(ReminderKind)] = v => ((ReminderKind)v).DisplayName(),
        [typeof(LetterKind)] = v => LetterKindName((LetterKind)v),
        [typeof(Role)] = v => ((Role)v).DisplayName(),
        [typeof(Permission)] = v => ((Permission)v).DisplayName(),
        [typeof(AdministrativeLevel)] = v => ((AdministrativeLevel)v).DisplayName(),
        [typeof(OrganizationKind)] = v => ((OrganizationKind)v).DisplayName(),
        [typeof(CalendarDayKind)] = v => (CalendarDayKind)v == CalendarDayKind.Holiday ? "法定节假日" : "调休上班日",
        [typeof(Audience)] = v => ((Audience)v).DisplayName(),
        [typeof(DisclosureMethod)] = v => ((DisclosureMethod)v).DisplayName(),
        [typeof(CatalogLevels)] = v => ((CatalogLevels)v).DisplayName(),
        [typeof(Outbound.ChannelKind)] = v => Outbound.ChannelKindExtensions.DisplayName((Outbound.ChannelKind)v),
        [typeof(CorrectionState)] = v => ((CorrectionState)v).DisplayName(),
        [typeof(Zwgk.Domain.Gazette.GazetteIssueState)] = v => (Zwgk.Domain.Gazette.GazetteIssueState)v == Zwgk.Domain.Gazette.GazetteIssueState.Published ? "已发布" : "编辑中",
    };

    public static string LetterKindName(LetterKind kind) => kind switch
    {
        LetterKind.Acknowledgement => "登记回执",
        LetterKind.ClarificationNotice => "补正告知书",
        LetterKind.ExtensionNotice => "延期答复告知书",
        LetterKind.ThirdPartyConsultation => "征求第三方意见书",
        LetterKind.FeeNotice => "收费通知书",
        LetterKind.TransferNotice => "协查（会商）函",
        LetterKind.Reply => "答复书",
        _ => kind.ToString(),
    };

    public static string DocumentEvent(string code) => Lookup(DocumentEvents, code);

    public static string RequestEvent(string code) => Lookup(RequestEvents, code);

    public static string CatalogEvent(string code) => Lookup(CatalogEvents, code);

    public static string AuditAction(string code) => Lookup(AuditActions, code);

    public static string EntityType(string code) => Lookup(EntityTypes, code);

    /// <summary>The Chinese name of a field of an audited record; null when none is listed.</summary>
    public static string? Field(string entityType, string field) =>
        FieldsByType.TryGetValue(entityType, out var own) && own.TryGetValue(field, out var label) ? label
        : CommonFields.GetValueOrDefault(field);

    public static bool HasEnum(Type type) => Enums.ContainsKey(Nullable.GetUnderlyingType(type) ?? type);

    /// <summary>The Chinese name of an enum value, also from its stored name ("AwaitingApproval").</summary>
    public static string? EnumValue(Type type, string stored)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum && Enums.TryGetValue(type, out var name) && Enum.TryParse(type, stored, false, out var value) ? name(value!) : null;
    }

    public static string EnumValue<TEnum>(TEnum value)
        where TEnum : struct, Enum => Enums.TryGetValue(typeof(TEnum), out var name) ? name(value) : value.ToString();

    /// <summary>A step of a state change shown as "from → to", or the state alone when it stayed.</summary>
    public static string StateChange<TState>(TState from, TState to)
        where TState : struct, Enum =>
        EqualityComparer<TState>.Default.Equals(from, to) ? EnumValue(to) : $"{EnumValue(from)} → {EnumValue(to)}";

    // A code no one has named yet is shown as it is rather than hidden: the console walk test finds it.
    private static string Lookup(IReadOnlyDictionary<string, string> map, string code) => map.TryGetValue(code, out var label) ? label : code;
}
