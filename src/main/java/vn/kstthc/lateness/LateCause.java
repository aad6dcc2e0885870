package vn.kstthc.lateness;

/**
 * One entry of the controlled list of late causes (danh mục nguyên nhân trễ hạn).
 *
 * @param code what forms submit and explanations keep; never reused for another meaning
 * @param label what officers read
 * @param subjective the unit's own fault (chủ quan) rather than outside its control (khách quan)
 * @param retired no longer offered in forms, still shown on old explanations
 */
public record LateCause(String code, String label, boolean subjective, boolean retired) {}
