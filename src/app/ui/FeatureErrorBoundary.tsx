// Catches a render error inside one feature (a tab, the map) so the rest of
// the app keeps working: the feature shows a Vietnamese message and "Tải lại",
// which renders it again (after the data that broke it is fixed or
// quarantined). The error itself goes to the console for developers only.

import { Component, Fragment, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** Vietnamese name of the feature: "Diễn tập", "Bản đồ"… */
  name: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  attempt: number;
}

export class FeatureErrorBoundary extends Component<Props, State> {
  state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Lỗi hiển thị ở “${this.props.name}”`, error, info.componentStack);
  }

  private readonly retry = () => this.setState((state) => ({ failed: false, attempt: state.attempt + 1 }));

  render(): ReactNode {
    if (this.state.failed) {
      return (
        <div className="feature-error" role="alert" data-testid="feature-error">
          <p>
            <strong>Phần “{this.props.name}” gặp lỗi khi hiển thị.</strong> Các phần khác vẫn dùng được; dữ liệu đã lưu không bị thay đổi. Nếu lỗi do
            dữ liệu hỏng, bản ghi đó được liệt kê ở mục “Dữ liệu lỗi”.
          </p>
          <button type="button" onClick={this.retry}>
            Tải lại
          </button>
        </div>
      );
    }
    // A new key on retry remounts the children, so state that led to the error is not reused.
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
