namespace Zwgk.Web.Requests.Letters;

/// The letters of the procedure: 登记回执, 补正告知书, 延期答复告知书, 征求第三方意见书, 收费通知书, 转送/告知书, and the reply (答复书).
public enum LetterKind { Acknowledgement, ClarificationNotice, ExtensionNotice, ThirdPartyConsultation, FeeNotice, TransferNotice, Reply }
