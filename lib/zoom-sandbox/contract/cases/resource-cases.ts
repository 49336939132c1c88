/** Contract cases for the resources hanging off meetings and users: registrants, recordings, captions, live events, mail. */
import { mailCases } from "./mail-cases";
import { captionAndLiveCases, recordingCases } from "./recording-cases";
import { registrantCases } from "./registrant-cases";
import type { ContractCase } from "./types";

export { undocumentedCases } from "./mail-cases";

export const resourceCases: ContractCase[] = [
  ...registrantCases("meetings", {
    list: "meetingRegistrants",
    create: "meetingRegistrantCreate",
    questionsGet: "meetingRegistrantsQuestionsGet",
    questionsUpdate: "meetingRegistrantQuestionUpdate",
    status: "meetingRegistrantStatus",
    get: "meetingRegistrantGet",
    delete: "meetingregistrantdelete",
  }),
  ...registrantCases("webinars", {
    list: "webinarRegistrants",
    create: "webinarRegistrantCreate",
    questionsGet: "webinarRegistrantsQuestionsGet",
    questionsUpdate: "webinarRegistrantQuestionUpdate",
    status: "webinarRegistrantStatus",
    get: "webinarRegistrantGet",
    delete: "deleteWebinarRegistrant",
  }),
  ...recordingCases,
  ...captionAndLiveCases,
  ...mailCases,
];

