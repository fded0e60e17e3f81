export { BorderTab } from "./BorderTab";
