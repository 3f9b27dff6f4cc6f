export { decide, may, mightAllow, refusalFor, type Decision } from './policy';
export { operatorPrincipal, userPrincipal, type OperatorPrincipal, type Principal, type UserPrincipal } from './principal';
export { RULES, type Action, type FactsFor, type ObjectKind, type Relation } from './rules';
